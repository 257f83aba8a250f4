import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { signInAs } from "@/tests/support/session";
import { approveMonthlyReportAction, saveReportScheduleAction } from "./actions";
import { getReportSchedule, listReportDeliveries } from "./queries";

async function setup() {
  const [owner, editor, viewer] = await Promise.all([createUser(getDb()), createUser(getDb()), createUser(getDb())]);
  const ws = await createWorkspace(getDb(), {
    members: [{ userId: owner.id, role: "owner" }, { userId: editor.id, role: "editor" }, { userId: viewer.id, role: "viewer" }],
  });
  return { owner, editor, viewer, ws };
}

const valid = { enabled: "on", dayOfMonth: "7", recipients: "Board@Example.test, cfo@example.test\nboard@example.test", locale: "en", holdForReview: "on" };

describe("report schedule", () => {
  it("an editor saves it (recipients trimmed, lower-cased, deduplicated) and it is audited", async () => {
    const { editor, ws } = await setup();
    signInAs(editor);
    const saved = await saveReportScheduleAction({ workspaceSlug: ws.slug, ...valid });
    expect(saved).toEqual({ ok: true, data: { enabled: true, dayOfMonth: 7, recipients: ["board@example.test", "cfo@example.test"], locale: "en", holdForReview: true } });
    expect(await getReportSchedule(ws.id)).toEqual(saved.ok ? saved.data : null);
    expect(await getDb().auditLog.count({ where: { workspaceId: ws.id, action: "report-schedule.update" } })).toBe(1);
    // Turned off it may have no recipients.
    expect(await saveReportScheduleAction({ workspaceSlug: ws.slug, ...valid, enabled: "", recipients: "" })).toMatchObject({ ok: true });
  });

  it("names the bad recipient and the out-of-range day; nothing is written", async () => {
    const { owner, ws } = await setup();
    signInAs(owner);
    const bad = await saveReportScheduleAction({ workspaceSlug: ws.slug, ...valid, recipients: "ok@example.test, not-an-address", dayOfMonth: "31" });
    expect(bad).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!bad.ok) {
      expect(bad.fieldErrors.recipients).toEqual(['"not-an-address" is not a valid e-mail address']);
      expect(bad.fieldErrors.dayOfMonth).toEqual(["Choose a day between 1 and 28"]);
    }
    const empty = await saveReportScheduleAction({ workspaceSlug: ws.slug, ...valid, recipients: " " });
    if (!empty.ok) expect(empty.fieldErrors.recipients).toEqual(["Add at least one recipient, or turn the schedule off"]);
    expect(await getDb().reportSchedule.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("a viewer can neither edit nor approve; another workspace's delivery is not found", async () => {
    const { viewer, editor, ws } = await setup();
    signInAs(viewer);
    expect(await saveReportScheduleAction({ workspaceSlug: ws.slug, ...valid })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const other = await createWorkspace(getDb());
    const foreign = await getDb().reportDelivery.create({ data: { workspaceId: other.id, period: "2026-10", kind: "monthly-report", status: "pending_review" } });
    expect(await approveMonthlyReportAction({ workspaceSlug: ws.slug, deliveryId: foreign.id })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    signInAs(editor);
    expect(await approveMonthlyReportAction({ workspaceSlug: ws.slug, deliveryId: foreign.id })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await getDb().reportDelivery.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ status: "pending_review" });
    expect(await listReportDeliveries(ws.id)).toEqual([]);
  });
});
