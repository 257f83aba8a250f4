import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { signInAs } from "@/tests/support/session";
import { approveMonthlyReportAction } from "@/lib/schedules/actions";
import { startBoss, stopBoss } from "./boss";
import { sendMissingActualsReminders } from "./missing-reminder";
import { sendMonthlyReports } from "./monthly-report";
import { DAILY_QUEUE, MONTHLY_REPORTS_QUEUE } from "./queues";
import { registerWorkers } from "./workers";

// Reports for October 2026, sent on or after each schedule's day in November.
const today = new Date("2026-11-15T05:00:00Z");
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const CLOSED_PORT = "smtp://127.0.0.1:1";

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});
afterEach(async () => {
  process.env.SMTP_URL = sink.url;
  // Every run handles every enabled schedule; keep each test to its own workspace.
  await getDb().reportSchedule.updateMany({ data: { enabled: false } });
});
afterAll(async () => {
  await stopBoss();
  await sink.close();
});

let counter = 0;
async function scheduledWorkspace(options: { holdForReview?: boolean; dayOfMonth?: number } = {}) {
  const editor = await createUser(getDb());
  const ws = await createWorkspace(getDb(), { name: "Bakery Board", members: [{ userId: editor.id, role: "editor" }] });
  const recipients = [`board-${++counter}-${ws.slug}@example.test`, `cfo-${counter}-${ws.slug}@example.test`];
  await getDb().reportSchedule.create({
    data: { workspaceId: ws.id, dayOfMonth: options.dayOfMonth ?? 5, recipients, locale: "en", holdForReview: options.holdForReview ?? false },
  });
  const delivery = () => getDb().reportDelivery.findUnique({ where: { workspaceId_period_kind: { workspaceId: ws.id, period: "2026-10", kind: "monthly-report" } } });
  return { ws, editor, recipients, delivery };
}

describe("monthly report job", () => {
  it("sends one mail with the PDF to all recipients, also when run twice or concurrently", async () => {
    const { recipients, delivery } = await scheduledWorkspace();
    await sendMonthlyReports({ today });
    await sendMonthlyReports({ today });
    await Promise.all([sendMonthlyReports({ today }), sendMonthlyReports({ today })]);
    const mails = sink.mailsTo(recipients[0]);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(recipients);
    expect(mails[0].subject).toBe("Monthly report Bakery Board — October 2026");
    expect(mails[0].attachments).toHaveLength(1);
    expect(mails[0].attachments[0]).toMatchObject({ contentType: "application/pdf", filename: "bakery-board-2026-10.pdf" });
    expect(mails[0].attachments[0].size).toBeGreaterThan(1000);
    const sent = await delivery();
    expect(sent).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    const report = await getDb().report.findUniqueOrThrow({ where: { id: sent!.reportId! }, select: { channel: true, recipients: true, period: true, byteSize: true } });
    expect(report).toEqual({ channel: "email", recipients, period: "2026-10..2026-10", byteSize: mails[0].attachments[0].size });
  });

  it("two first runs racing each other still send once", async () => {
    const { recipients } = await scheduledWorkspace();
    const summaries = await Promise.all([sendMonthlyReports({ today }), sendMonthlyReports({ today }), sendMonthlyReports({ today })]);
    expect(sink.mailsTo(recipients[0])).toHaveLength(1);
    expect(summaries.reduce((n, s) => n + s.sent, 0)).toBe(1);
  });

  it("waits for a schedule's day", async () => {
    const { recipients, delivery } = await scheduledWorkspace({ dayOfMonth: 20 });
    await sendMonthlyReports({ today });
    expect(sink.mailsTo(recipients[0])).toHaveLength(0);
    expect(await delivery()).toBeNull();
  });

  it("holds for review: nothing until an editor approves, then exactly one", async () => {
    const { ws, editor, recipients, delivery } = await scheduledWorkspace({ holdForReview: true });
    await sendMonthlyReports({ today });
    await sendMonthlyReports({ today });
    expect(sink.mailsTo(recipients[0])).toHaveLength(0);
    const held = await delivery();
    expect(held).toMatchObject({ status: "pending_review", attempts: 0 });
    signInAs(editor);
    const approved = await approveMonthlyReportAction({ workspaceSlug: ws.slug, deliveryId: held!.id });
    expect(approved).toEqual({ ok: true, data: { status: "sent" } });
    expect(await approveMonthlyReportAction({ workspaceSlug: ws.slug, deliveryId: held!.id })).toMatchObject({ ok: false, error: "CONFLICT" });
    await sendMonthlyReports({ today });
    expect(sink.mailsTo(recipients[0])).toHaveLength(1);
    expect(await delivery()).toMatchObject({ status: "sent", approvedById: editor.id });
    expect(await getDb().auditLog.count({ where: { workspaceId: ws.id, action: "report-delivery.approve" } })).toBe(1);
  });

  it("records an SMTP failure (attempts, message, no stack) and a later retry sends once", async () => {
    const { recipients, delivery } = await scheduledWorkspace();
    process.env.SMTP_URL = CLOSED_PORT;
    const failed = await sendMonthlyReports({ today });
    expect(failed.failed).toHaveLength(1);
    const row = await delivery();
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row?.lastError).not.toMatch(/\n|\s+at\s/);
    process.env.SMTP_URL = sink.url;
    await sendMonthlyReports({ today });
    await sendMonthlyReports({ today });
    expect(sink.mailsTo(recipients[0])).toHaveLength(1);
    const sent = await delivery();
    expect(sent).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    // The retry mailed the report frozen by the first attempt, not a second copy.
    expect(await getDb().report.count({ where: { workspaceId: sent!.workspaceId } })).toBe(1);
  });
});

describe("missing-actuals reminder", () => {
  it("goes once to owners and editors, listing the investment without last month's actuals", async () => {
    const [owner, editor, viewer] = await Promise.all([createUser(getDb()), createUser(getDb()), createUser(getDb())]);
    const ws = await createWorkspace(getDb(), {
      name: "Reminder Co",
      locale: "en-GB",
      members: [{ userId: owner.id, role: "owner" }, { userId: editor.id, role: "editor" }, { userId: viewer.id, role: "viewer" }],
    });
    const base = { workspaceId: ws.id, startMonth: new Date(Date.UTC(2026, 0, 1)), horizonMonths: 24, plan: { costs: [], benefits: [] }, status: "active" as const };
    const loyalty = await getDb().investment.create({ data: { ...base, name: "Loyalty programme" } });
    const recorded = await getDb().investment.create({ data: { ...base, name: "Web shop" } });
    await getDb().actualMonth.create({ data: { workspaceId: ws.id, investmentId: recorded.id, month: new Date(Date.UTC(2026, 9, 1)), cost: "10.00", benefit: "20.00" } });
    await getDb().investment.create({ data: { ...base, name: "Draft idea", status: "draft" } });

    await sendMissingActualsReminders({ today });
    await Promise.all([sendMissingActualsReminders({ today }), sendMissingActualsReminders({ today })]);

    const mails = sink.mails.filter((m) => m.subject.includes("Reminder Co"));
    expect(mails).toHaveLength(1);
    expect([...mails[0].to].sort()).toEqual([owner.email, editor.email].sort());
    expect(sink.mailsTo(viewer.email)).toHaveLength(0);
    expect(mails[0].subject).toBe("Actuals missing for October 2026 — Reminder Co");
    expect(mails[0].text).toContain("Loyalty programme");
    expect(mails[0].text).not.toContain("Web shop");
    expect(mails[0].text).not.toContain("Draft idea");
    // Read from the stored figures (refreshed first), linking to the month's cell of the entry grid.
    expect(mails[0].text).toContain(`/investments/${loyalty.id}/actuals#actuals-2026-10-cost`);
    expect(await getDb().investmentFigures.count({ where: { workspaceId: ws.id } })).toBe(3);
    expect(await getDb().reportDelivery.findMany({ where: { workspaceId: ws.id }, select: { kind: true, status: true } })).toEqual([{ kind: "missing-reminder", status: "sent" }]);
  });
});

describe("pg-boss", () => {
  it("runs the daily tick from the queue and sends the report", async () => {
    const { recipients, delivery } = await scheduledWorkspace();
    const boss = await startBoss();
    await registerWorkers(boss, { pollingIntervalSeconds: 0.5, schedule: false });
    expect(await boss.getQueue(MONTHLY_REPORTS_QUEUE)).toMatchObject({ retryLimit: 5, retryBackoff: true });
    await boss.send(DAILY_QUEUE, { today: today.toISOString() });
    // The mail reaches the sink a moment before the worker marks the delivery sent: wait for both.
    await vi.waitFor(
      async () => {
        expect(sink.mailsTo(recipients[0])).toHaveLength(1);
        expect(await delivery()).toMatchObject({ status: "sent" });
      },
      { timeout: 60_000, interval: 100 },
    );
    // Waits for running jobs to finish (returns at once when none runs): a job still at work
    // when the test database is dropped would lose its connection mid-query, on a busy machine.
    await stopBoss({ timeout: 120_000 });
  });
});
