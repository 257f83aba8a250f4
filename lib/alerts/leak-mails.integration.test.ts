import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { appUrl } from "@/lib/email/send-mail";
import { recordWorkspaceEvent } from "@/lib/events/record-event";
import type { EventType } from "@/lib/webhooks/event-schemas";
import { createUser, createWorkspace } from "@/prisma/factories";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { alertMembersOfEvent } from "./alert-on-event";
import type { AlertMode } from "./modes";
import { sendWeeklyLeakDigests } from "./weekly-digest";

const NBSP = "\u00a0";
const CLOSED_PORT = "smtp://127.0.0.1:1";
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});
afterEach(async () => {
  process.env.SMTP_URL = sink.url;
  // The digest visits every weekly preference in the database: keep each test to its own.
  await getDb().alertPreference.deleteMany();
});
afterAll(async () => {
  await sink.close();
});

type Member = Awaited<ReturnType<typeof createUser>>;

async function member(locale: string | null = null): Promise<Member> {
  const user = await createUser(getDb());
  if (locale) await getDb().user.update({ where: { id: user.id }, data: { locale } });
  return user;
}

async function choose(workspaceId: string, user: Member, mode: AlertMode) {
  await getDb().alertPreference.create({ data: { workspaceId, userId: user.id, mode } });
}

const leakData = (input: { investment?: string; code?: string; subject?: string; atStake: string; previous?: string | null }) => ({
  investment: { id: `inv-${input.investment ?? "webshop"}`, name: input.investment ?? "Webshop", currency: "EUR" },
  leak: {
    code: input.code ?? "COST_OVERRUN",
    subject: input.subject ?? "",
    atStakeMonthly: input.atStake,
    previousAtStakeMonthly: input.previous ?? null,
    messageEn: `Costs run over in ${input.investment ?? "Webshop"}.`,
    messageNl: `De kosten van ${input.investment ?? "Webshop"} lopen uit.`,
  },
});

/** Records an event as the app does (outbox row in a transaction) and reads it back like the dispatcher. */
async function recordEvent(workspaceId: string, type: EventType, data: Record<string, unknown>, occurredAt: Date) {
  const id = await getDb().$transaction((tx) => recordWorkspaceEvent(tx, { workspaceId, type, data, occurredAt }));
  return getDb().workspaceEvent.findUniqueOrThrow({ where: { id }, select: { id: true, workspaceId: true, type: true, data: true, occurredAt: true } });
}

describe("immediate leak e-mails", () => {
  async function setup() {
    const [dutch, english, weekly, off, removed] = await Promise.all([member("nl"), member(), member("nl"), member(), member()]);
    const ws = await createWorkspace(getDb(), {
      name: "Bakery Board",
      locale: "en-GB",
      members: [
        { userId: dutch.id, role: "viewer" },
        { userId: english.id, role: "editor" },
        { userId: weekly.id, role: "owner" },
        { userId: off.id, role: "editor" },
        { userId: removed.id, role: "editor" },
      ],
    });
    await Promise.all([choose(ws.id, dutch, "immediate"), choose(ws.id, english, "immediate"), choose(ws.id, weekly, "weekly"), choose(ws.id, removed, "immediate")]);
    await getDb().membership.deleteMany({ where: { workspaceId: ws.id, userId: removed.id } });
    return { ws, dutch, english, weekly, off, removed };
  }

  it("mails only members who chose immediate, each in their language with the amount in their format", async () => {
    const { ws, dutch, english, weekly, off, removed } = await setup();
    const event = await recordEvent(ws.id, "leak.opened", leakData({ atStake: "1234.56" }), new Date("2026-11-10T09:00:00Z"));
    await alertMembersOfEvent(event);

    const [nl] = sink.mailsTo(dutch.email);
    expect(sink.mailsTo(dutch.email)).toHaveLength(1);
    expect(nl.subject).toBe("Nieuw waardelek bij Webshop: Kostenoverschrijding");
    expect(nl.text).toContain("De kosten van Webshop lopen uit.");
    expect(nl.text).toContain(`€${NBSP}1.234,56 per maand op het spel`);
    expect(nl.text).not.toContain("Costs run over");
    expect(nl.text).toContain(`Dashboard: ${appUrl()}/w/${ws.slug}\n`);
    expect(nl.text).toContain(`${appUrl()}/w/${ws.slug}/notifications`);

    // No language of their own: the workspace's (en-GB).
    const [en] = sink.mailsTo(english.email);
    expect(sink.mailsTo(english.email)).toHaveLength(1);
    expect(en.subject).toBe("New value leak in Webshop: Cost overrun");
    expect(en.text).toContain("Costs run over in Webshop.");
    expect(en.text).toContain("€1,234.56 a month at stake");
    expect(en.text).not.toContain("(was");
    expect(en.text).toContain(`Dashboard: ${appUrl()}/w/${ws.slug}\n`);

    expect(sink.mailsTo(weekly.email)).toHaveLength(0);
    expect(sink.mailsTo(off.email)).toHaveLength(0);
    expect(sink.mailsTo(removed.email)).toHaveLength(0);
  });

  it("says how much worse a worsened leak got, naming its KPI", async () => {
    const { ws, dutch, english } = await setup();
    const data = leakData({ investment: "CRM", code: "KPI_REGRESSION", subject: "Conversion", atStake: "2500", previous: "900.5" });
    await alertMembersOfEvent(await recordEvent(ws.id, "leak.worsened", data, new Date("2026-11-10T09:00:00Z")));
    const [en] = sink.mailsTo(english.email);
    expect(en.subject).toBe("Value leak worse in CRM: KPI moving the wrong way (Conversion)");
    expect(en.text).toContain("€2,500.00 a month at stake (was €900.50)");
    const [nl] = sink.mailsTo(dutch.email);
    expect(nl.subject).toBe("Waardelek verergerd bij CRM: KPI beweegt de verkeerde kant op (Conversion)");
    expect(nl.text).toContain(`€${NBSP}2.500,00 per maand op het spel (was €${NBSP}900,50)`);
  });

  it("ignores other event types and other workspaces' members", async () => {
    const { ws, english } = await setup();
    const other = await createWorkspace(getDb(), { members: [{ userId: english.id, role: "owner" }] });
    const recorded = { investment: { id: "inv-1", name: "Webshop", currency: "EUR" }, source: "ui", months: [] };
    await alertMembersOfEvent(await recordEvent(ws.id, "actuals.recorded", recorded, new Date("2026-11-10T09:00:00Z")));
    // english chose immediate in ws only, so a leak in `other` is not mailed to them.
    await alertMembersOfEvent(await recordEvent(other.id, "leak.opened", leakData({ atStake: "10" }), new Date("2026-11-10T09:00:00Z")));
    expect(sink.mailsTo(english.email)).toHaveLength(0);
  });

  it("fails, naming the members, when the mail cannot be sent; refuses a malformed payload by field", async () => {
    const { ws } = await setup();
    const event = await recordEvent(ws.id, "leak.opened", leakData({ atStake: "10" }), new Date("2026-11-10T09:00:00Z"));
    process.env.SMTP_URL = CLOSED_PORT;
    await expect(alertMembersOfEvent(event)).rejects.toThrow(/failed for 2 member\(s\)/);
    process.env.SMTP_URL = sink.url;
    const broken = { ...event, data: { ...leakData({ atStake: "10" }), leak: { ...leakData({ atStake: "10" }).leak, atStakeMonthly: 10 } } };
    await expect(alertMembersOfEvent(broken)).rejects.toThrow(/leak\.atStakeMonthly/);
  });
});

describe("weekly leak digest", () => {
  // Monday 16 November 2026, 06:00 in Amsterdam (the daily job's hour).
  const monday = new Date("2026-11-16T05:00:00Z");
  const nextMonday = new Date("2026-11-23T05:00:00Z");

  async function setup() {
    const [dutch, english, quiet, removed, immediate] = await Promise.all([member("nl"), member("en"), member(), member(), member()]);
    const ws = await createWorkspace(getDb(), {
      name: "Bakery Board",
      members: [dutch, english, removed, immediate].map((u) => ({ userId: u.id, role: "viewer" as const })),
    });
    const quietWs = await createWorkspace(getDb(), { name: "Quiet Co", members: [{ userId: quiet.id, role: "owner" }] });
    await Promise.all([
      choose(ws.id, dutch, "weekly"),
      choose(ws.id, english, "weekly"),
      choose(ws.id, removed, "weekly"),
      choose(ws.id, immediate, "immediate"),
      choose(quietWs.id, quiet, "weekly"),
    ]);
    await getDb().membership.deleteMany({ where: { workspaceId: ws.id, userId: removed.id } });
    // Two leak events inside the week, one older than a week, one of another kind, one elsewhere.
    await recordEvent(ws.id, "leak.opened", leakData({ investment: "Old", atStake: "1" }), new Date("2026-11-09T04:59:59Z"));
    await recordEvent(ws.id, "leak.opened", leakData({ investment: "Webshop", atStake: "1234.56" }), new Date("2026-11-10T09:00:00Z"));
    await recordEvent(ws.id, "leak.worsened", leakData({ investment: "CRM", atStake: "2000", previous: "1500" }), new Date("2026-11-14T12:00:00Z"));
    await recordEvent(ws.id, "actuals.recorded", { investment: { id: "i", name: "Actuals only", currency: "EUR" }, source: "ui", months: [] }, new Date("2026-11-12T09:00:00Z"));
    await recordEvent(quietWs.id, "plan.approved", { investment: { id: "q", name: "Quiet plan", currency: "EUR" }, version: 1, reason: "Go", by: "Q" }, new Date("2026-11-12T09:00:00Z"));
    return { ws, quietWs, dutch, english, quiet, removed, immediate };
  }

  it("on a Monday mails each weekly member the week's leaks in their language, once, also when run twice", async () => {
    const { ws, dutch, english, quiet, removed, immediate } = await setup();
    expect(await sendWeeklyLeakDigests({ today: monday })).toEqual({ sent: 2, skipped: 1 });
    expect(await sendWeeklyLeakDigests({ today: monday })).toEqual({ sent: 0, skipped: 3 });
    // A retry of the daily job later that Monday does not send a second digest either.
    expect(await sendWeeklyLeakDigests({ today: new Date("2026-11-16T09:00:00Z") })).toEqual({ sent: 0, skipped: 3 });

    const en = sink.mailsTo(english.email);
    expect(en).toHaveLength(1);
    expect(en[0].subject).toBe("Weekly value-leak digest Bakery Board: 2 alerts");
    expect(en[0].text).toContain("since 9 Nov 2026");
    expect(en[0].text).toContain("Webshop: Cost overrun — new");
    expect(en[0].text).toContain("€1,234.56 a month at stake");
    expect(en[0].text).toContain("CRM: Cost overrun — got worse");
    expect(en[0].text).toContain("€2,000.00 a month at stake (was €1,500.00)");
    expect(en[0].text.indexOf("Webshop")).toBeLessThan(en[0].text.indexOf("CRM"));
    expect(en[0].text).not.toContain("Old");
    expect(en[0].text).not.toContain("Actuals only");
    expect(en[0].text).toContain(`Dashboard: ${appUrl()}/w/${ws.slug}\n`);

    const nl = sink.mailsTo(dutch.email);
    expect(nl).toHaveLength(1);
    expect(nl[0].subject).toBe("Weekoverzicht waardelekken Bakery Board: 2 meldingen");
    expect(nl[0].text).toContain("De kosten van Webshop lopen uit.");
    expect(nl[0].text).toContain(`€${NBSP}1.234,56 per maand op het spel`);
    expect(nl[0].text).toContain("10 nov 2026");

    // No leak events in Quiet Co: no mail. Removed and immediate members get no digest.
    for (const user of [quiet, removed, immediate]) expect(sink.mailsTo(user.email)).toHaveLength(0);
    const prefs = await getDb().alertPreference.findMany({ where: { mode: "weekly", userId: { in: [english.id, quiet.id, removed.id] } } });
    expect(Object.fromEntries(prefs.map((p) => [p.userId, p.digestSentUntil]))).toEqual({ [english.id]: monday, [quiet.id]: monday, [removed.id]: null });
  });

  it("the next Monday lists only what happened since the last digest", async () => {
    const { ws, english } = await setup();
    await sendWeeklyLeakDigests({ today: monday });
    await recordEvent(ws.id, "leak.opened", leakData({ investment: "Warehouse", atStake: "75" }), new Date("2026-11-18T10:00:00Z"));
    expect(await sendWeeklyLeakDigests({ today: nextMonday })).toMatchObject({ sent: 2 });
    const mails = sink.mailsTo(english.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toBe("Weekly value-leak digest Bakery Board: 1 alert");
    expect(mails[1].text).toContain("Warehouse");
    expect(mails[1].text).not.toContain("Webshop");
  });

  it("does nothing on other days (by the Amsterdam date)", async () => {
    const { english } = await setup();
    // Monday 00:30 in Amsterdam is still Sunday in UTC; Tuesday 00:30 there is Monday in UTC.
    expect(await sendWeeklyLeakDigests({ today: new Date("2026-11-16T23:30:00Z") })).toEqual({ sent: 0, skipped: 0 });
    expect(await sendWeeklyLeakDigests({ today: new Date("2026-11-19T05:00:00Z") })).toEqual({ sent: 0, skipped: 0 });
    expect(sink.mailsTo(english.email)).toHaveLength(0);
    expect(await getDb().alertPreference.count({ where: { digestSentUntil: { not: null } } })).toBe(0);
    expect(await sendWeeklyLeakDigests({ today: new Date("2026-11-15T23:30:00Z") })).toMatchObject({ sent: 2 });
    expect(sink.mailsTo(english.email)).toHaveLength(1);
  });

  it("two runs at the same time still send one digest each", async () => {
    const { english, dutch } = await setup();
    const runs = await Promise.all([sendWeeklyLeakDigests({ today: monday }), sendWeeklyLeakDigests({ today: monday })]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(sink.mailsTo(english.email)).toHaveLength(1);
    expect(sink.mailsTo(dutch.email)).toHaveLength(1);
  });

  it("a failed mail keeps the week for the next run, which sends it once", async () => {
    const { english } = await setup();
    process.env.SMTP_URL = CLOSED_PORT;
    await expect(sendWeeklyLeakDigests({ today: monday })).rejects.toThrow(/0 sent, 1 skipped, 2 failed/);
    expect(await getDb().alertPreference.findFirstOrThrow({ where: { userId: english.id } })).toMatchObject({ digestSentUntil: null });
    process.env.SMTP_URL = sink.url;
    expect(await sendWeeklyLeakDigests({ today: monday })).toEqual({ sent: 2, skipped: 1 });
    expect(await sendWeeklyLeakDigests({ today: monday })).toEqual({ sent: 0, skipped: 3 });
    expect(sink.mailsTo(english.email)).toHaveLength(1);
    expect(sink.mailsTo(english.email)[0].text).toContain("Webshop");
  });
});
