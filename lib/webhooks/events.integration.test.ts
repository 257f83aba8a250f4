import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { sendMissingActualsReminders } from "@/lib/jobs/missing-reminder";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import { createUser, createWorkspace } from "@/prisma/factories";
import { pinClock } from "@/tests/support/pinned-clock";
import { addInvestment, portfolioWorkspace, recordMonths } from "@/tests/support/portfolio-writes";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { parseEventData } from "./event-schemas";

// The events this module emits itself: leak.opened / leak.worsened from the refresh of
// the stored figures, and actuals.missing from the monthly reminder.

const TODAY = new Date("2026-06-15T12:00:00Z");
const PLAN = {
  costs: [
    { kind: "oneTime", label: "Set-up", amount: 3000, month: 1 },
    { kind: "recurring", label: "Licence", monthly: 150 },
  ],
  benefits: [{ kind: "fixed", label: "Savings", monthly: 900 }],
};

const leakEventsOf = async (workspaceId: string) =>
  getDb().workspaceEvent.findMany({ where: { workspaceId, type: { in: ["leak.opened", "leak.worsened"] } }, select: { id: true, type: true, data: true, occurredAt: true } });

let unpin: (() => void) | null = null;
afterEach(() => {
  unpin?.();
  unpin = null;
});

describe("leak events", () => {
  it("records leak.opened when an actual month opens a leak, and leak.worsened when one grows, in the schema's shape", async () => {
    // The writes that take no `today` (create, approve) evaluate as of the wall clock: pin it.
    unpin = pinClock(TODAY);
    const s = await portfolioWorkspace();
    const id = await addInvestment(s.ctx, { name: "Loyalty programme", startMonth: "2026-01", horizonMonths: 12, plan: PLAN });
    await recordMonths(s.ctx, id, [{ month: "2026-01", cost: 3150, benefit: 900 }, { month: "2026-02", cost: 150, benefit: 100 }], TODAY);
    const before = new Set((await leakEventsOf(s.ws.id)).map((e) => e.id));

    // March brings in 50 against 900 forecast: the benefit falls under the forecast.
    await recordMonths(s.ctx, id, [{ month: "2026-03", cost: 150, benefit: 50 }], TODAY);
    const added = (await leakEventsOf(s.ws.id)).filter((e) => !before.has(e.id));
    const opened = added.filter((e) => e.type === "leak.opened").map((e) => parseEventData("leak.opened", e.data));
    const worsened = added.filter((e) => e.type === "leak.worsened").map((e) => parseEventData("leak.worsened", e.data));

    expect(opened.map((d) => d.leak.code)).toEqual(["UNDER_FORECAST"]);
    const [under] = opened;
    expect(under.investment).toEqual({ id, name: "Loyalty programme", currency: "EUR" });
    expect(under.leak).toMatchObject({ subject: "", previousAtStakeMonthly: null });
    const stored = await getDb().leakFinding.findFirstOrThrow({ where: { investmentId: id, code: "UNDER_FORECAST" } });
    expect(under.leak.atStakeMonthly).toBe(stored.atStakeMonthly.toFixed(2));
    expect(under.leak.messageEn).not.toBe(under.leak.messageNl);
    expect(added.every((e) => e.occurredAt.getTime() === TODAY.getTime())).toBe(true);

    // The payback date slipped further: worse than before, with the amount it was.
    expect(worsened.map((d) => d.leak.code)).toEqual(["PAYBACK_SLIP"]);
    expect(Number(worsened[0].leak.atStakeMonthly)).toBeGreaterThan(Number(worsened[0].leak.previousAtStakeMonthly));

    // Saving the same month again changes no leak: no event.
    const count = (await leakEventsOf(s.ws.id)).length;
    const { saveActuals } = await import("@/lib/actuals/mutations");
    const { saveActualsInput } = await import("@/lib/actuals/schemas");
    const march = await getDb().actualMonth.findFirstOrThrow({ where: { investmentId: id, month: new Date(Date.UTC(2026, 2, 1)) } });
    await saveActuals(s.ctx, saveActualsInput.parse({ investmentId: id, month: "2026-03", cost: "150", benefit: "50", note: "same figures", baseRevision: march.revision }), TODAY);
    expect(await leakEventsOf(s.ws.id)).toHaveLength(count);
  });

  it("records nothing on an investment's first evaluation, however many leaks it has", async () => {
    const owner = await createUser(getDb());
    const ws = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }] });
    const header = { name: "Imported", description: "", category: "other" as const, ownerName: "", startMonth: "2026-01", horizonMonths: 12, currency: "EUR" };
    // As an import writes it: running, with months of actuals far under the plan, evaluated once.
    const investment = await getDb().investment.create({
      data: {
        ...header,
        workspaceId: ws.id,
        startMonth: new Date(Date.UTC(2026, 0, 1)),
        status: "active",
        plan: PLAN,
        versions: { create: { version: 1, definition: { ...header, ...PLAN }, reason: "Plan approved" } },
      },
    });
    await getDb().actualMonth.createMany({
      data: [0, 1, 2].map((m) => ({ workspaceId: ws.id, investmentId: investment.id, month: new Date(Date.UTC(2026, m, 1)), cost: "150", benefit: "10" })),
    });
    await getDb().$transaction((tx) => refreshInvestmentFigures(tx, { workspaceId: ws.id, investmentId: investment.id, today: TODAY }));
    expect(await getDb().leakFinding.count({ where: { investmentId: investment.id } })).toBeGreaterThan(0);
    expect(await leakEventsOf(ws.id)).toEqual([]);

    // The next change is compared with what is stored: April makes things worse.
    await getDb().$transaction(async (tx) => {
      await tx.actualMonth.create({ data: { workspaceId: ws.id, investmentId: investment.id, month: new Date(Date.UTC(2026, 3, 1)), cost: "150", benefit: "0" } });
      await refreshInvestmentFigures(tx, { workspaceId: ws.id, investmentId: investment.id, fromMonth: new Date(Date.UTC(2026, 3, 1)), today: TODAY });
    });
    const events = await leakEventsOf(ws.id);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) parseEventData(event.type as "leak.opened" | "leak.worsened", event.data);
  });
});

describe("actuals.missing", () => {
  const today = new Date("2026-11-15T05:00:00Z");
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  const savedSmtp = process.env.SMTP_URL;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    if (savedSmtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = savedSmtp;
    await sink.close();
  });

  it("is recorded once per workspace and month by the reminder, also when its mail failed and the job ran again", async () => {
    const editor = await createUser(getDb());
    const ws = await createWorkspace(getDb(), { name: "Reminded Co", locale: "en-GB", members: [{ userId: editor.id, role: "editor" }] });
    const base = { workspaceId: ws.id, horizonMonths: 24, plan: { costs: [], benefits: [] }, status: "active" as const };
    const loyalty = await getDb().investment.create({ data: { ...base, name: "Loyalty programme", startMonth: new Date(Date.UTC(2026, 7, 1)) } });
    const shop = await getDb().investment.create({ data: { ...base, name: "Web shop", startMonth: new Date(Date.UTC(2026, 8, 1)) } });
    await getDb().actualMonth.create({ data: { workspaceId: ws.id, investmentId: shop.id, month: new Date(Date.UTC(2026, 8, 1)), cost: "10.00", benefit: "20.00" } });

    process.env.SMTP_URL = "smtp://127.0.0.1:1"; // nothing listens: the mail fails
    const failed = await sendMissingActualsReminders({ today });
    expect(failed.failed.map((f) => f.workspaceId)).toContain(ws.id);
    process.env.SMTP_URL = sink.url;
    await sendMissingActualsReminders({ today });
    await Promise.all([sendMissingActualsReminders({ today }), sendMissingActualsReminders({ today })]);

    expect(sink.mails.filter((m) => m.subject.includes("Reminded Co"))).toHaveLength(1);
    const events = await getDb().workspaceEvent.findMany({ where: { workspaceId: ws.id, type: "actuals.missing" } });
    expect(events).toHaveLength(1);
    expect(events[0].occurredAt).toEqual(today);
    expect(parseEventData("actuals.missing", events[0].data)).toEqual({
      period: "2026-10",
      investments: [
        { id: loyalty.id, name: "Loyalty programme", missingMonths: ["2026-08", "2026-09", "2026-10"] },
        { id: shop.id, name: "Web shop", missingMonths: ["2026-10"] },
      ],
    });
  });
});
