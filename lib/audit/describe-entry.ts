/**
 * One audit entry in words: a message key (under audit.actions) and typed values, turned
 * into text by lib/audit/render-description.ts. Pure: the names of investments and KPIs
 * that the entry only refers to by id come in `names` (lib/audit/queries.ts loads them).
 *
 * Every action code the app writes has a describer here; the unit test scans lib/ for
 * codes and fails on one without. An unknown code (an old row, a code added later) gets
 * the generic "Other change (code)".
 */

/** A value in a message; rendered per kind in the reader's language. */
export type AuditValue =
  | { kind: "text"; value: string }
  /** A name put in quotes, or the fallback for "no longer known" (audit.values.unknown.<of>). */
  | { kind: "name"; value: string | null; of: NameKind }
  /** "YYYY-MM", as "March 2026" / "maart 2026". */
  | { kind: "period"; value: string }
  /** A decimal string or number, in the reader's notation. */
  | { kind: "number"; value: string; suffix?: string }
  /** A plain count, for plural rules. */
  | { kind: "count"; value: number }
  /** A translated label (a role, a status, a scope). */
  | { kind: "label"; key: string }
  /** A leak: its code's title, with what it is about (a KPI's name) when there is one. */
  | { kind: "leak"; code: string; subject: string };

export type NameKind = "investment" | "kpi" | "person" | "token" | "template" | "workspace" | "link";

export type AuditDescription = {
  /** Relative to audit.actions. */
  key: string;
  values: Record<string, AuditValue>;
  /** Free text the writer gave (a reason), shown under the message as it was typed. */
  note?: string;
};

export type AuditEntryInput = { action: string; entityType: string; entityId?: string | null; before: unknown; after: unknown };

/** Names looked up for ids the entries carry: investments and KPIs (also deleted ones, when known), people by e-mail. */
export type AuditNames = {
  investments: Record<string, string>;
  kpis: Record<string, { name: string; investmentId: string }>;
  people: Record<string, string>;
};
export const NO_AUDIT_NAMES: AuditNames = { investments: {}, kpis: {}, people: {} };

type Payload = Record<string, unknown>;
const object = (value: unknown): Payload => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Payload) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null);
const has = (value: unknown) => typeof value === "object" && value !== null && Object.keys(value).length > 0;

const text = (value: unknown): AuditValue => ({ kind: "text", value: str(value) ?? "—" });
const name = (value: string | null | undefined, of: NameKind): AuditValue => ({ kind: "name", value: value ?? null, of });
const count = (value: unknown): AuditValue => ({ kind: "count", value: typeof value === "number" ? value : Number(str(value) ?? 0) || 0 });
const label = (key: string): AuditValue => ({ kind: "label", key });
const number = (value: unknown, suffix?: string): AuditValue => {
  const raw = str(value);
  return raw !== null && Number.isFinite(Number(raw)) ? { kind: "number", value: raw, suffix } : text(raw);
};

/** "2026-03", or a stored date ("2026-03-01", "2026-03-01T00:00:00.000Z") → "2026-03"; anything else as text. */
const MONTH = /^(\d{4}-(0[1-9]|1[0-2]))(-\d{2}(T.*)?)?$/;
function period(value: unknown): AuditValue {
  const raw = str(value);
  const match = raw === null ? null : MONTH.exec(raw);
  return match ? { kind: "period", value: match[1] } : text(raw);
}

const ROLES = new Set(["owner", "editor", "viewer"]);
const STATUSES = new Set(["draft", "approved", "active", "completed", "stopped"]);
const SCOPES = new Set(["read", "write"]);
const role = (value: unknown): AuditValue => (ROLES.has(String(value)) ? label(`workspaces.roles.${String(value)}`) : text(value));
const status = (value: unknown): AuditValue => (STATUSES.has(String(value)) ? label(`investments.statuses.${String(value)}`) : text(value));
const scope = (value: unknown): AuditValue => (SCOPES.has(String(value)) ? label(`apiTokens.scopes.${String(value)}`) : text(value));

type Context = { before: Payload; after: Payload; entityId: string | null; names: AuditNames };
type Describer = (c: Context) => AuditDescription;

/** The name at the time (kept in the entry), else as it is now, else unknown. */
const investmentName = (c: Context, id: unknown, atTheTime?: unknown) => name(str(atTheTime) ?? (typeof id === "string" ? c.names.investments[id] : null), "investment");
/** What an entry about an investment names it by: its name in the entry, else its id (entityId or a field). */
const investmentOf = (c: Context, field?: "before" | "after") => {
  const payload = field ? c[field] : { ...c.before, ...c.after };
  return investmentName(c, payload.investmentId ?? c.entityId, payload.name);
};
const person = (c: Context, email: unknown) => {
  const address = str(email);
  return name(address ? (c.names.people[address] ?? address) : null, "person");
};
const kpiOf = (c: Context) => {
  const known = c.entityId ? c.names.kpis[c.entityId] : undefined;
  const payload = { ...c.before, ...c.after };
  return {
    kpi: name(str(payload.name) ?? known?.name ?? null, "kpi"),
    investment: investmentName(c, payload.investmentId ?? known?.investmentId),
  };
};
const leakOf = (payload: Payload): AuditValue => ({ kind: "leak", code: str(payload.code) ?? "", subject: str(payload.subject) ?? "" });
const pair = (payload: Payload) => text(`${str(payload.from) ?? "?"} → ${str(payload.to) ?? "?"}`);
const percent = (value: unknown) => (str(value) === null ? label("audit.values.defaultDiscountRate") : number(value, "%"));
const withNote = (description: AuditDescription, note: unknown): AuditDescription => {
  const written = str(note);
  return written ? { ...description, note: written } : description;
};

const d = (key: string, values: Record<string, AuditValue> = {}): AuditDescription => ({ key, values });

/**
 * The describer of every code, grouped by what the audit page filters on. The before/after
 * they read are what the writers record (see the file each group names).
 */
const DESCRIBERS = {
  // lib/actuals/mutations.ts, lib/actuals/record-months.ts, lib/transfer/csv-import.ts
  actuals: {
    "actuals.save": (c) => d(has(c.before) ? "actualsChanged" : "actualsRecorded", { month: period(c.after.month), investment: investmentOf(c, "after") }),
    "actuals.delete": (c) => d("actualsDeleted", { month: period(c.before.month), investment: investmentOf(c, "before") }),
    "actuals.import-csv": (c) =>
      d("actualsImportedCsv", { rows: count(c.after.rows), investment: investmentName(c, c.entityId), from: period(c.after.from), to: period(c.after.to) }),
  },
  // lib/investments/mutations.ts, plan-mutations.ts, lib/actuals/activate-on-actuals.ts, lib/transfer/import.ts
  investments: {
    "investment.create": (c) => d("investmentCreated", { investment: investmentOf(c, "after") }),
    "investment.update": (c) => d("investmentUpdated", { investment: investmentOf(c, "after") }),
    "investment.duplicate": (c) => d("investmentDuplicated", { source: investmentName(c, c.before.sourceId), investment: investmentOf(c, "after") }),
    "investment.archive": (c) => d("investmentArchived", { investment: investmentOf(c) }),
    "investment.restore": (c) => d("investmentRestored", { investment: investmentOf(c) }),
    "investment.delete": (c) => d("investmentDeleted", { investment: investmentOf(c, "before") }),
    "investment.status": (c) =>
      str(c.after.reason) === "actuals recorded"
        ? d("investmentActivated", { investment: investmentName(c, c.entityId) })
        : d("investmentStatus", { investment: investmentName(c, c.entityId), from: status(c.before.status), to: status(c.after.status) }),
    "investment.save-template": (c) => d("investmentSavedAsTemplate", { investment: investmentName(c, c.after.sourceId), template: name(str(c.after.name), "template") }),
    "investment.import": (c) => d("investmentImported", { investment: investmentOf(c, "after") }),
    "plan.save": (c) => withNote(d("planSaved", { investment: investmentName(c, c.entityId) }), c.after.reason),
    "plan.new-version": (c) => withNote(d("planNewVersion", { version: text(c.after.version), investment: investmentName(c, c.entityId) }), c.after.reason),
    "plan.approve": (c) => d("planApproved", { version: text(c.after.version), investment: investmentName(c, c.entityId) }),
  },
  // lib/kpis/mutations.ts, lib/kpis/measurements.ts
  kpis: {
    "kpi.create": (c) => d("kpiCreated", kpiOf(c)),
    "kpi.update": (c) => d("kpiUpdated", kpiOf(c)),
    "kpi.delete": (c) => d("kpiDeleted", kpiOf(c)),
    "kpi.measure": (c) =>
      has(c.before)
        ? d("kpiMeasurementChanged", { ...kpiOf(c), month: period(c.after.month), from: number(c.before.value), to: number(c.after.value) })
        : d("kpiMeasured", { ...kpiOf(c), month: period(c.after.month), value: number(c.after.value) }),
    "kpi.measurement-delete": (c) => d("kpiMeasurementDeleted", { ...kpiOf(c), month: period(c.before.month), value: number(c.before.value) }),
  },
  // lib/leaks/mutations.ts
  leaks: {
    "leak.acknowledge": (c) => withNote(d("leakAcknowledged", { leak: leakOf(c.after), investment: investmentOf(c, "after") }), c.after.reason),
    "leak.snooze": (c) => withNote(d("leakSnoozed", { leak: leakOf(c.after), investment: investmentOf(c, "after"), until: period(c.after.snoozedUntil) }), c.after.reason),
    "leak.review-undo": (c) => d("leakReviewUndone", { leak: leakOf(c.before), investment: investmentOf(c, "before") }),
    "workspace.leak-thresholds": () => d("workspaceLeakThresholds"),
  },
  // lib/members/membership-mutations.ts, invitation-mutations.ts
  members: {
    "membership.role": (c) => d("membershipRole", { person: person(c, c.before.email ?? c.after.email), from: role(c.before.role), to: role(c.after.role) }),
    "membership.remove": (c) => d("membershipRemoved", { person: person(c, c.before.email), role: role(c.before.role) }),
    "membership.leave": (c) => d("membershipLeft", { role: role(c.before.role) }),
    "invitation.create": (c) => d("invitationCreated", { email: text(c.after.email), role: role(c.after.role) }),
    "invitation.revoke": (c) => d("invitationRevoked", { email: text(c.before.email) }),
    "invitation.accept": (c) => d("invitationAccepted", { role: role(c.after.role) }),
  },
  // lib/rates/mutations.ts, lib/api/operations/exchange-rates.ts
  rates: {
    "exchange-rate.create": (c) => d("exchangeRateCreated", { pair: pair(c.after), month: period(c.after.month), rate: number(c.after.rate) }),
    "exchange-rate.update": (c) => d("exchangeRateUpdated", { pair: pair(c.after), month: period(c.after.month), from: number(c.before.rate), to: number(c.after.rate) }),
    "exchange-rate.replace": (c) =>
      d("exchangeRateReplaced", { pair: pair(c.after), month: period(c.after.month), from: number(object(c.before.replaced).rate ?? c.before.rate), to: number(c.after.rate) }),
    "exchange-rate.delete": (c) => d("exchangeRateDeleted", { pair: pair(c.before), month: period(c.before.month), rate: number(c.before.rate) }),
    "exchange-rate.import": (c) =>
      d("exchangeRatesImported", { total: count(c.after.total), created: count(c.after.created), replaced: count(c.after.replaced), from: period(c.after.from), to: period(c.after.to) }),
  },
  // lib/reports/freeze.ts, lib/schedules/mutations.ts, lib/sharing/mutations.ts
  reports: {
    "report.generate": (c) => {
      const [from, to] = (str(c.after.period) ?? "").split("..");
      return d(str(c.after.kind) === "investment" ? "reportGeneratedInvestment" : "reportGeneratedWorkspace", { from: period(from), to: period(to ?? from) });
    },
    "report-delivery.approve": (c) => d("reportDeliveryApproved", { month: period(c.before.period) }),
    "report-schedule.update": () => d("reportScheduleUpdated"),
    "share-link.create": (c) =>
      d("shareLinkCreated", { link: name(str(c.after.label), "link"), target: c.after.investmentId ? investmentName(c, c.after.investmentId) : label("audit.values.wholeWorkspace") }),
    "share-link.revoke": (c) => d("shareLinkRevoked", { link: name(str(c.before.label), "link") }),
  },
  // lib/api-tokens/mutations.ts, lib/webhooks/mutations.ts
  integrations: {
    "api-token.create": (c) => d("apiTokenCreated", { token: name(str(c.after.name), "token"), scope: scope(c.after.scope) }),
    "api-token.revoke": (c) => d("apiTokenRevoked", { token: name(str(c.before.name), "token") }),
    "webhook.create": (c) => d("webhookCreated", { url: text(c.after.url) }),
    "webhook.rotate-secret": (c) => d("webhookSecretRotated", { url: text(c.after.url ?? c.before.url) }),
    "webhook.reveal-secret": (c) => d("webhookSecretRevealed", { url: text(c.after.url) }),
    "webhook.enable": (c) => d("webhookEnabled", { url: text(c.after.url ?? c.before.url) }),
    "webhook.disable": (c) => d("webhookDisabled", { url: text(c.after.url ?? c.before.url) }),
    "webhook.delete": (c) => d("webhookDeleted", { url: text(c.before.url) }),
    "webhook.test": (c) => d("webhookTested", { url: text(c.after.url) }),
  },
  // lib/workspaces/mutations.ts, lib/reports/mutations.ts, report-logo.ts, lib/transfer/import.ts, lib/accounts/mutations.ts
  workspace: {
    "workspace.create": (c) => d("workspaceCreated", { workspace: name(str(c.after.name), "workspace") }),
    "workspace.update": (c) => {
      const [from, to] = [str(c.before.name), str(c.after.name)];
      return from && to && from !== to ? d("workspaceRenamed", { from: name(from, "workspace"), to: name(to, "workspace") }) : d("workspaceUpdated");
    },
    "workspace.delete": (c) => d("workspaceDeleted", { workspace: name(str(c.before.name), "workspace") }),
    "workspace.discount-rate": (c) => d("workspaceDiscountRate", { from: percent(c.before.discountRatePct), to: percent(c.after.discountRatePct) }),
    "workspace.import": (c) => d("workspaceImported", { investments: count(c.after.investments), source: name(str(c.after.source), "workspace") }),
    "workspace.logo.upload": () => d("workspaceLogoUploaded"),
    "workspace.logo.remove": (c) => (str(c.after.reason) ? withNote(d("workspaceLogoDropped"), c.after.reason) : d("workspaceLogoRemoved")),
    "workspace.logo.convert": () => d("workspaceLogoConverted"),
    "user.sign-up": () => d("userSignedUp"),
    "user.password-reset": () => d("userPasswordReset"),
  },
} satisfies Record<string, Record<string, Describer>>;

export type AuditArea = keyof typeof DESCRIBERS;
export const AUDIT_AREAS = Object.keys(DESCRIBERS) as AuditArea[];
const ALL: Record<string, Describer> = Object.assign({}, ...Object.values(DESCRIBERS));

/** Every action code with a description of its own. */
export const DESCRIBED_ACTIONS: readonly string[] = Object.keys(ALL);

export const isAuditArea = (value: unknown): value is AuditArea => typeof value === "string" && Object.hasOwn(DESCRIBERS, value);

/** The codes the audit page's filter "area" shows. */
export const actionsOfArea = (area: AuditArea): string[] => Object.keys(DESCRIBERS[area]);

export const UNKNOWN_ACTION_KEY = "unknown";

export function describeAuditEntry(entry: AuditEntryInput, names: AuditNames = NO_AUDIT_NAMES): AuditDescription {
  const describer = Object.hasOwn(ALL, entry.action) ? ALL[entry.action] : undefined;
  if (!describer) return d(UNKNOWN_ACTION_KEY, { action: text(entry.action), entity: text(entry.entityType) });
  return describer({ before: object(entry.before), after: object(entry.after), entityId: entry.entityId ?? null, names });
}

/** The ids and addresses the entries name, for loading names (lib/audit/queries.ts). */
export function auditReferences(entries: readonly AuditEntryInput[]) {
  const investments = new Set<string>();
  const kpis = new Set<string>();
  const emails = new Set<string>();
  const add = (set: Set<string>, value: unknown) => {
    if (typeof value === "string" && value !== "") set.add(value);
  };
  for (const entry of entries) {
    const before = object(entry.before);
    const after = object(entry.after);
    if (entry.entityType === "Investment") add(investments, entry.entityId);
    if (entry.entityType === "Kpi") add(kpis, entry.entityId);
    for (const payload of [before, after]) {
      add(investments, payload.investmentId);
      add(investments, payload.sourceId);
      if (entry.entityType === "Membership") add(emails, payload.email);
    }
  }
  return { investments: [...investments], kpis: [...kpis], emails: [...emails] };
}
