import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { EVENT_TYPES } from "@/lib/webhooks/event-schemas";
import {
  AUDIT_AREAS,
  actionsOfArea,
  auditReferences,
  DESCRIBED_ACTIONS,
  describeAuditEntry,
  isAuditArea,
  UNKNOWN_ACTION_KEY,
  type AuditEntryInput,
  type AuditNames,
} from "./describe-entry";
import { renderAuditDescription, type RootTranslator } from "./render-description";

// ── What the app writes: every audit code found in the source ────────────────────────────

const ROOT = process.cwd();
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// Codes built from a template (`leak.${kind}`): what each prefix expands to. A new template
// prefix fails the scan until it is listed here (and described).
const TEMPLATE_EXPANSIONS: Record<string, string[]> = { "leak.": ["leak.acknowledge", "leak.snooze"] };
// Dotted strings in those files that are no audit codes: webhook event types, file names.
const NOT_AUDIT = new Set<string>([...EVENT_TYPES]);
const FILE_NAME = /\.(js|mjs|ts|csv|json|pdf|png|svg)$/;
const CODE = /["']([a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)+)["']/g;
const TEMPLATE_CODE = /action:\s*`([a-z]+(?:-[a-z]+)*\.)\$\{/g;

/** Every code written by a file that writes audit rows (recordAudit or a helper around it). */
function writtenCodes() {
  const codes = new Set<string>();
  const unknownTemplates: string[] = [];
  const writers = [...sourceFiles(path.join(ROOT, "lib")), ...sourceFiles(path.join(ROOT, "app"))].filter((file) => {
    const source = readFileSync(file, "utf8");
    return source.includes("recordAudit(") && !file.endsWith(path.join("audit", "record-audit.ts"));
  });
  for (const file of writers) {
    const source = readFileSync(file, "utf8");
    for (const [, code] of source.matchAll(CODE)) if (!NOT_AUDIT.has(code) && !FILE_NAME.test(code)) codes.add(code);
    for (const [, prefix] of source.matchAll(TEMPLATE_CODE)) {
      if (TEMPLATE_EXPANSIONS[prefix]) TEMPLATE_EXPANSIONS[prefix].forEach((code) => codes.add(code));
      else unknownTemplates.push(`${path.relative(ROOT, file)}: ${prefix}\${…}`);
    }
  }
  return { codes: [...codes].sort(), unknownTemplates, writers: writers.length };
}

// ── One entry per code, shaped as its writer records it ──────────────────────────────────

const NAMES: AuditNames = {
  investments: { inv1: "CRM system", inv2: "Loyalty programme" },
  kpis: { kpi1: { name: "Conversion rate", investmentId: "inv1" } },
  people: { "jan@example.test": "Jan de Vries" },
};
const actuals = { month: "2026-03", cost: "1000.00", benefit: "1500.00", kpiValues: {}, revision: 1, investmentId: "inv1" };
const rate = { from: "EUR", to: "USD", month: "2026-03", rate: "1.0823", source: "manual", sourceDetail: "" };
const workspace = { id: "w1", name: "Bakkerij De Vries", slug: "bakkerij", currency: "EUR", locale: "nl-NL" };
const review = { investmentId: "inv1", code: "UNDER_FORECAST", subject: "", reason: "Seasonal dip", atStakeMonthly: "900.00" };

const SAMPLES: Record<string, Omit<AuditEntryInput, "action">> = {
  "actuals.save": { entityType: "ActualMonth", entityId: "a1", before: undefined, after: actuals },
  "actuals.delete": { entityType: "ActualMonth", entityId: "a1", before: actuals, after: null },
  "actuals.import-csv": { entityType: "Investment", entityId: "inv1", before: null, after: { rows: 12, created: 10, replaced: 2, from: "2025-04", to: "2026-03" } },
  "investment.create": { entityType: "Investment", entityId: "inv3", before: null, after: { id: "inv3", name: "Webshop", status: "draft" } },
  "investment.update": { entityType: "Investment", entityId: "inv1", before: { name: "CRM" }, after: { name: "CRM system" } },
  "investment.duplicate": { entityType: "Investment", entityId: "inv4", before: { sourceId: "inv1" }, after: { id: "inv4", name: "CRM system (copy)" } },
  "investment.archive": { entityType: "Investment", entityId: "inv1", before: { name: "CRM system", archivedAt: null }, after: { name: "CRM system", archivedAt: "2026-03-01T00:00:00.000Z" } },
  "investment.restore": { entityType: "Investment", entityId: "inv1", before: { name: "CRM system" }, after: { name: "CRM system", archivedAt: null } },
  "investment.delete": { entityType: "Investment", entityId: "inv9", before: { id: "inv9", name: "Old kiosk" }, after: null },
  "investment.status": { entityType: "Investment", entityId: "inv1", before: { status: "active" }, after: { status: "completed" } },
  "investment.save-template": { entityType: "InvestmentTemplate", entityId: "t1", before: null, after: { name: "CRM rollout", sourceId: "inv1" } },
  "investment.import": { entityType: "Investment", entityId: "inv5", before: null, after: { name: "Imported kiosk", kpis: 2, actuals: 12 } },
  "plan.save": { entityType: "Investment", entityId: "inv1", before: { plan: {} }, after: { plan: {}, version: null, reason: null } },
  "plan.new-version": { entityType: "Investment", entityId: "inv1", before: { plan: {} }, after: { plan: {}, version: 2, reason: "Licence price went up" } },
  "plan.approve": { entityType: "Investment", entityId: "inv1", before: { status: "draft" }, after: { status: "approved", version: 3 } },
  "kpi.create": { entityType: "Kpi", entityId: "kpi2", before: null, after: { id: "kpi2", name: "CAC", investmentId: "inv2" } },
  "kpi.update": { entityType: "Kpi", entityId: "kpi1", before: { name: "Conversion", investmentId: "inv1" }, after: { name: "Conversion rate", investmentId: "inv1" } },
  "kpi.delete": { entityType: "Kpi", entityId: "kpi3", before: { name: "NPS", investmentId: "inv2", measurements: [] }, after: null },
  "kpi.measure": { entityType: "Kpi", entityId: "kpi1", before: undefined, after: { month: "2026-03", value: "1.7" } },
  "kpi.measurement-delete": { entityType: "Kpi", entityId: "kpi1", before: { month: "2026-03", value: "1.7" }, after: undefined },
  "leak.acknowledge": { entityType: "LeakReview", entityId: "r1", before: null, after: { ...review, snoozedUntil: null } },
  "leak.snooze": { entityType: "LeakReview", entityId: "r1", before: null, after: { ...review, snoozedUntil: "2026-05-01T00:00:00.000Z" } },
  "leak.review-undo": { entityType: "LeakReview", entityId: "r1", before: { ...review, kind: "acknowledged" }, after: null },
  "workspace.leak-thresholds": { entityType: "Workspace", entityId: "w1", before: {}, after: { underForecastPct: 10 } },
  "membership.role": { entityType: "Membership", entityId: "m1", before: { email: "jan@example.test", role: "editor" }, after: { email: "jan@example.test", role: "viewer" } },
  "membership.remove": { entityType: "Membership", entityId: "m1", before: { email: "piet@example.test", role: "viewer" }, after: null },
  "membership.leave": { entityType: "Membership", entityId: "m1", before: { email: "jan@example.test", role: "editor" }, after: null },
  "invitation.create": { entityType: "Invitation", entityId: "i1", before: null, after: { id: "i1", email: "new@example.test", role: "viewer", expiresAt: "2026-03-08T00:00:00.000Z" } },
  "invitation.revoke": { entityType: "Invitation", entityId: "i1", before: { id: "i1", email: "new@example.test", role: "viewer" }, after: null },
  "invitation.accept": { entityType: "Membership", entityId: "m2", before: null, after: { id: "m2", userId: "u2", role: "editor" } },
  "exchange-rate.create": { entityType: "ExchangeRate", entityId: "x1", before: null, after: rate },
  "exchange-rate.update": { entityType: "ExchangeRate", entityId: "x1", before: rate, after: { ...rate, rate: "1.09" } },
  "exchange-rate.replace": { entityType: "ExchangeRate", entityId: "x1", before: { ...rate, replaced: rate }, after: { ...rate, rate: "1.09" } },
  "exchange-rate.delete": { entityType: "ExchangeRate", entityId: "x1", before: rate, after: null },
  "exchange-rate.import": { entityType: "ExchangeRate", entityId: null, before: null, after: { total: 24, created: 20, replaced: 4, kept: 0, unchanged: 0, from: "2024-04", to: "2026-03" } },
  "report.generate": { entityType: "Report", entityId: "rep1", before: null, after: { kind: "workspace", period: "2026-01..2026-10", channel: "download" } },
  "report-delivery.approve": { entityType: "ReportDelivery", entityId: "d1", before: { id: "d1", period: "2026-02", status: "pending_review" }, after: { status: "queued" } },
  "report-schedule.update": { entityType: "ReportSchedule", entityId: "w1", before: { enabled: false }, after: { enabled: true } },
  "share-link.create": { entityType: "ShareLink", entityId: "s1", before: null, after: { id: "s1", investmentId: null, label: "Board", percentOnly: true } },
  "share-link.revoke": { entityType: "ShareLink", entityId: "s1", before: { id: "s1", label: "Board" }, after: null },
  "api-token.create": { entityType: "ApiToken", entityId: "t1", before: null, after: { name: "Finance sync", scope: "write", prefix: "rlsd_Ab", expiresAt: null } },
  "api-token.revoke": { entityType: "ApiToken", entityId: "t1", before: { name: "Finance sync", scope: "write", revokedAt: null }, after: { name: "Finance sync", revokedAt: "2026-03-01T00:00:00.000Z" } },
  "webhook.create": { entityType: "WebhookEndpoint", entityId: "e1", before: null, after: { id: "e1", url: "https://hooks.example.test/in", enabled: true } },
  "webhook.rotate-secret": { entityType: "WebhookEndpoint", entityId: "e1", before: { url: "https://hooks.example.test/in" }, after: { url: "https://hooks.example.test/in", previousSecretValidUntil: "2026-03-02T00:00:00.000Z" } },
  "webhook.reveal-secret": { entityType: "WebhookEndpoint", entityId: "e1", before: null, after: { url: "https://hooks.example.test/in" } },
  "webhook.enable": { entityType: "WebhookEndpoint", entityId: "e1", before: { url: "https://hooks.example.test/in", enabled: false }, after: { url: "https://hooks.example.test/in", enabled: true } },
  "webhook.disable": { entityType: "WebhookEndpoint", entityId: "e1", before: { url: "https://hooks.example.test/in", enabled: true }, after: { url: "https://hooks.example.test/in", enabled: false } },
  "webhook.delete": { entityType: "WebhookEndpoint", entityId: "e1", before: { url: "https://hooks.example.test/in" }, after: null },
  "webhook.test": { entityType: "WebhookEndpoint", entityId: "e1", before: null, after: { url: "https://hooks.example.test/in", eventId: "msg_1" } },
  "workspace.create": { entityType: "Workspace", entityId: "w1", before: null, after: workspace },
  "workspace.update": { entityType: "Workspace", entityId: "w1", before: workspace, after: { ...workspace, currency: "USD" } },
  "workspace.delete": { entityType: "Workspace", entityId: "w1", before: workspace, after: null },
  "workspace.discount-rate": { entityType: "Workspace", entityId: "w1", before: { discountRatePct: null }, after: { discountRatePct: "6.5" } },
  "workspace.import": { entityType: "Workspace", entityId: "w1", before: null, after: { investments: 3, versions: 4, kpis: 2, actuals: 36, leakReviews: 1, source: "Bakkerij oud", exportedAt: "2026-02-01T00:00:00.000Z" } },
  "workspace.logo.upload": { entityType: "Workspace", entityId: "w1", before: null, after: { contentType: "image/png", byteSize: 2048 } },
  "workspace.logo.remove": { entityType: "Workspace", entityId: "w1", before: { logoContentType: "image/png" }, after: null },
  "workspace.logo.convert": { entityType: "Workspace", entityId: "w1", before: { contentType: "image/svg+xml" }, after: { contentType: "image/png" } },
  "user.sign-up": { entityType: "User", entityId: "u1", before: null, after: { id: "u1", email: "jan@example.test" } },
  "user.password-reset": { entityType: "User", entityId: "u1", before: null, after: null },
};

// ── Rendering in both languages ──────────────────────────────────────────────────────────

function translator(locale: "en" | "nl") {
  const missing: string[] = [];
  const t = createTranslator({ locale, messages: (locale === "en" ? en : nl) as AbstractIntlMessages, onError: (error) => missing.push(error.message) });
  return { t: t as unknown as RootTranslator, missing };
}
const describeIn = (locale: "en" | "nl", entry: AuditEntryInput, names: AuditNames = NAMES) => {
  const { t, missing } = translator(locale);
  const description = describeAuditEntry(entry, names);
  const sentence = renderAuditDescription(description, t, locale).replace(/\u00a0|\u202f/g, " ");
  expect(missing, `${entry.action} in ${locale}`).toEqual([]);
  return { ...description, sentence };
};
const sample = (action: string, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput => ({ action, ...SAMPLES[action], ...overrides });

describe("audit action codes", () => {
  it("finds the codes in the source (the scan itself works)", () => {
    const { codes, writers } = writtenCodes();
    expect(writers).toBeGreaterThan(15);
    expect(codes).toEqual(expect.arrayContaining(["actuals.save", "membership.leave", "kpi.measure", "workspace.logo.convert", "leak.snooze"]));
  });

  it("has a description for every code the app writes", () => {
    const { codes, unknownTemplates } = writtenCodes();
    expect(unknownTemplates).toEqual([]);
    expect(codes.filter((code) => !DESCRIBED_ACTIONS.includes(code))).toEqual([]);
  });

  it("has a sample for every described code, and describes no code the app never writes", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...DESCRIBED_ACTIONS].sort());
    expect([...DESCRIBED_ACTIONS].sort()).toEqual(writtenCodes().codes);
  });

  it("puts every code in exactly one filter area", () => {
    const inAreas = AUDIT_AREAS.flatMap(actionsOfArea);
    expect(inAreas.sort()).toEqual([...DESCRIBED_ACTIONS].sort());
    expect(isAuditArea("kpis")).toBe(true);
    expect(isAuditArea("toString")).toBe(false);
    expect(isAuditArea("nonsense")).toBe(false);
  });
});

describe.each(["en", "nl"] as const)("every code in %s", (locale) => {
  it.each(Object.keys(SAMPLES))("%s reads as a sentence of its own", (action) => {
    const { key, sentence } = describeIn(locale, sample(action));
    expect(key).not.toBe(UNKNOWN_ACTION_KEY);
    expect(sentence.length).toBeGreaterThan(5);
    // No placeholder left, no raw code, no missing value shown as a dash or a JS word.
    expect(sentence).not.toMatch(/[{}]|audit\.|undefined|null|NaN| — |^—|—$/);
    expect(sentence).not.toContain(action);
  });
});

describe("describeAuditEntry, word for word", () => {
  const en_ = (action: string, overrides: Partial<AuditEntryInput> = {}, names?: AuditNames) => describeIn("en", sample(action, overrides), names).sentence;
  const nl_ = (action: string, overrides: Partial<AuditEntryInput> = {}, names?: AuditNames) => describeIn("nl", sample(action, overrides), names).sentence;

  it("actuals: recorded, changed and deleted, with the month and the investment's name", () => {
    expect(en_("actuals.save")).toBe("Recorded actuals for March 2026 of “CRM system”");
    expect(nl_("actuals.save")).toBe("Werkelijke cijfers van maart 2026 vastgelegd voor “CRM system”");
    expect(en_("actuals.save", { before: actuals })).toBe("Changed the actuals for March 2026 of “CRM system”");
    expect(en_("actuals.delete")).toBe("Deleted the actuals for March 2026 of “CRM system”");
    expect(en_("actuals.import-csv")).toBe("Imported 12 months of actuals for “CRM system” from a CSV file (April 2025 – March 2026)");
    expect(nl_("actuals.import-csv", { after: { rows: 1, from: "2026-03", to: "2026-03" } })).toBe("1 maand werkelijke cijfers voor “CRM system” geïmporteerd uit een CSV-bestand (maart 2026 – maart 2026)");
  });

  it("names an investment that no longer exists as such", () => {
    expect(en_("actuals.save", { after: { ...actuals, investmentId: "gone" } })).toBe("Recorded actuals for March 2026 of an investment that no longer exists");
    expect(nl_("kpi.measure", { entityId: "gone" })).toBe("Meting 1,7 vastgelegd voor KPI een KPI die niet meer bestaat van een investering die niet meer bestaat in maart 2026");
  });

  it("plans, statuses and templates", () => {
    expect(en_("plan.approve")).toBe("Approved plan version 3 of “CRM system”");
    expect(nl_("plan.approve")).toBe("Versie 3 van het plan van “CRM system” goedgekeurd");
    expect(describeIn("en", sample("plan.new-version"))).toMatchObject({ sentence: "Saved plan version 2 of “CRM system”", note: "Licence price went up" });
    expect(describeIn("en", sample("plan.save")).note).toBeUndefined();
    expect(en_("investment.status")).toBe("Changed the status of “CRM system” from Active to Completed");
    expect(nl_("investment.status")).toBe("Status van “CRM system” gewijzigd van Actief naar Afgerond");
    expect(en_("investment.status", { before: { status: "approved" }, after: { status: "active", reason: "actuals recorded" } })).toBe("“CRM system” became active: its first actuals were recorded");
    expect(en_("investment.duplicate")).toBe("Duplicated “CRM system” as “CRM system (copy)”");
    expect(en_("investment.delete")).toBe("Deleted the investment “Old kiosk”");
    expect(en_("investment.save-template")).toBe("Saved “CRM system” as the template “CRM rollout”");
  });

  it("members: roles by name where the member is known, else by address", () => {
    expect(en_("membership.role")).toBe("Changed the role of Jan de Vries from Editor to Viewer");
    expect(nl_("membership.role")).toBe("Rol van Jan de Vries gewijzigd van Bewerker naar Lezer");
    expect(en_("membership.remove")).toBe("Removed piet@example.test (Viewer) from the workspace");
    expect(en_("invitation.create")).toBe("Invited new@example.test as Viewer");
    expect(nl_("invitation.revoke")).toBe("Uitnodiging aan new@example.test ingetrokken");
  });

  it("leaks: the leak's title, its snooze month and the reason as a note", () => {
    expect(describeIn("en", sample("leak.snooze"))).toMatchObject({ sentence: "Snoozed the leak “Benefit under forecast” of “CRM system” until May 2026", note: "Seasonal dip" });
    expect(nl_("leak.snooze")).toBe("Lek “Baten onder prognose” van “CRM system” uitgesteld tot mei 2026");
    expect(en_("leak.acknowledge", { after: { ...review, code: "KPI_REGRESSION", subject: "CAC" } })).toBe("Acknowledged the leak “KPI moving the wrong way: CAC” of “CRM system”");
    expect(en_("leak.review-undo")).toBe("Took back the review of the leak “Benefit under forecast” of “CRM system”");
  });

  it("KPIs and their measurements in the reader's notation", () => {
    expect(en_("kpi.measure")).toBe("Measured 1.7 for the KPI “Conversion rate” of “CRM system” in March 2026");
    expect(nl_("kpi.measure", { before: { month: "2026-03", value: "1.5" } })).toBe("Meting van KPI “Conversion rate” van “CRM system” in maart 2026 gewijzigd van 1,5 naar 1,7");
    expect(en_("kpi.create")).toBe("Added the KPI “CAC” to “Loyalty programme”");
    expect(en_("kpi.delete")).toBe("Deleted the KPI “NPS” of “Loyalty programme”, with its measurements");
  });

  it("exchange rates, reports, tokens, webhooks and the workspace", () => {
    expect(en_("exchange-rate.update")).toBe("Changed the exchange rate EUR → USD for March 2026 from 1.0823 to 1.09");
    expect(nl_("exchange-rate.create")).toBe("Wisselkoers EUR → USD voor maart 2026 toegevoegd: 1,0823");
    expect(en_("exchange-rate.import")).toBe("Imported 24 exchange rates for April 2024 – March 2026: 20 new, 4 replaced");
    expect(en_("report.generate")).toBe("Made a PDF report of the workspace for January 2026 – October 2026");
    expect(en_("report-delivery.approve")).toBe("Approved the monthly report of February 2026 for sending");
    expect(en_("share-link.create")).toBe("Created the share link “Board” to the whole workspace");
    expect(en_("share-link.create", { after: { label: "", investmentId: "inv2" } })).toBe("Created the share link without a name to “Loyalty programme”");
    expect(en_("api-token.create")).toBe("Created the API token “Finance sync” (Read and write)");
    expect(nl_("webhook.disable")).toBe("Webhook-endpoint https://hooks.example.test/in uitgezet");
    expect(en_("workspace.discount-rate")).toBe("Changed the discount rate from the default (8%) to 6.5%");
    expect(nl_("workspace.discount-rate")).toBe("Disconteringsvoet gewijzigd van de standaard (8%) naar 6,5%");
    expect(en_("workspace.update")).toBe("Changed the workspace settings");
    expect(en_("workspace.update", { after: { ...workspace, name: "De Vries Bakery" } })).toBe("Renamed the workspace from “Bakkerij De Vries” to “De Vries Bakery”");
    expect(describeIn("en", sample("workspace.logo.remove", { actorId: null, after: { reason: "The SVG has filters" } } as Partial<AuditEntryInput>))).toMatchObject({
      sentence: "Removed the logo of the reports: it could not be converted",
      note: "The SVG has filters",
    });
  });

  it("falls back to the code for an unknown action, whatever its payload", () => {
    const unknown = { action: "robot.dance", entityType: "Robot", entityId: "r1", before: "not an object", after: [1, 2] };
    expect(describeIn("en", unknown)).toMatchObject({ key: UNKNOWN_ACTION_KEY, sentence: "Other change: robot.dance (Robot)" });
    expect(describeIn("nl", unknown).sentence).toBe("Andere wijziging: robot.dance (Robot)");
    // A prototype key is no code either.
    expect(describeAuditEntry({ ...unknown, action: "constructor" }).key).toBe(UNKNOWN_ACTION_KEY);
  });

  it("survives entries with missing or odd fields (old rows)", () => {
    for (const action of DESCRIBED_ACTIONS) {
      expect(() => describeIn("en", { action, entityType: "X", entityId: null, before: null, after: null }, { investments: {}, kpis: {}, people: {} })).not.toThrow();
    }
  });
});

describe("auditReferences", () => {
  it("collects the investments, KPIs and members the entries refer to", () => {
    const entries = ["actuals.save", "kpi.measure", "investment.duplicate", "membership.role", "leak.snooze", "investment.save-template"].map((action) => sample(action));
    const refs = auditReferences(entries);
    expect(refs.investments.sort()).toEqual(["inv1", "inv4"]);
    expect(refs.kpis).toEqual(["kpi1"]);
    expect(refs.emails).toEqual(["jan@example.test"]);
  });
});
