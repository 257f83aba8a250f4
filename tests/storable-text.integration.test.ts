// Hostile input through the real server actions: text the database cannot store (NUL,
// half an emoji) in every text field, impossible dates, coerced numbers, prototype keys
// and absurd nesting in imported JSON. Each must come back as INVALID_INPUT naming the
// field (or the path in the file, or the CSV line) and leave the database untouched.
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { requestPasswordResetAction, resetPasswordAction, signUpAction } from "@/lib/accounts/actions";
import { saveActualsAction } from "@/lib/actuals/actions";
import { getDb } from "@/lib/db/client";
import {
  createInvestmentAction,
  saveAsTemplateAction,
  savePlanAction,
  updateInvestmentAction,
} from "@/lib/investments/actions";
import { createKpiAction, recordKpiMeasurementAction, updateKpiAction } from "@/lib/kpis/actions";
import { acknowledgeLeakAction, snoozeLeakAction, updateLeakThresholdsAction } from "@/lib/leaks/actions";
import { acceptInvitationAction, inviteMemberAction } from "@/lib/members/actions";
import { generateReportAction } from "@/lib/reports/actions";
import { saveReportScheduleAction } from "@/lib/schedules/actions";
import { createShareLinkAction } from "@/lib/sharing/actions";
import { TOO_DEEP_MESSAGE } from "@/lib/shared/input-problems";
import { YEAR_RANGE_MESSAGE } from "@/lib/shared/calendar-range";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/shared/storable-text";
import { PASSWORD_TOO_LONG_MESSAGE } from "@/lib/auth/password";
import { importActualsCsvAction, importInvestmentJsonAction, importWorkspaceAction } from "@/lib/transfer/actions";
import { createWorkspaceAction, deleteWorkspaceAction, updateWorkspaceSettingsAction } from "@/lib/workspaces/actions";
import { createUser, createWorkspace } from "@/prisma/factories";

type Result = { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> };
type Action = (input: never) => Promise<Result>;

const NUL = "\u0000";
const LONE_SURROGATE = "\uD83D";
const BAD_CHARACTERS = [
  ["a NUL", NUL],
  ["a lone surrogate", LONE_SURROGATE],
] as const;

const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };
const HEADER = { name: "Probe", description: "", category: "other", ownerName: "", startMonth: "2026-01", horizonMonths: 12, currency: "EUR" };

let slug: string;
let investmentId: string;
let approvedId: string;
let kpiId: string;

beforeAll(async () => {
  const owner = await createUser(getDb());
  const workspace = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }] });
  slug = workspace.slug;
  const data = { ...HEADER, category: "other" as const, workspaceId: workspace.id, startMonth: new Date(Date.UTC(2026, 0, 1)), plan: PLAN };
  investmentId = (await getDb().investment.create({ data, select: { id: true } })).id;
  approvedId = (
    await getDb().investment.create({
      data: { ...data, status: "approved", versions: { create: { version: 1, definition: { ...HEADER, ...PLAN }, reason: "Plan approved" } } },
      select: { id: true },
    })
  ).id;
  kpiId = (await getDb().kpi.create({ data: { workspaceId: workspace.id, investmentId: approvedId, name: "Probe KPI" }, select: { id: true } })).id;
  signInAs(owner);
});

/** Every row of every table, so "nothing half-written" covers users and tokens as well. */
async function snapshotDatabase(): Promise<string> {
  const tables = await getDb().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`;
  // Identifiers come from information_schema, never from input.
  const sql = tables.map((t) => `SELECT '${t.table_name}' AS name, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS hash FROM "${t.table_name}" x`).join(" UNION ALL ");
  const rows = await getDb().$queryRawUnsafe<{ name: string; hash: string }[]>(`${sql} ORDER BY name`);
  return JSON.stringify(rows);
}

async function expectRefused(action: Action, input: Record<string, unknown>, field: string, message: string | RegExp) {
  const before = await snapshotDatabase();
  const result = await action(input as never);
  expect(result, JSON.stringify(result)).toMatchObject({ ok: false, error: "INVALID_INPUT" });
  expect(Object.keys(result.fieldErrors ?? {}), JSON.stringify(result.fieldErrors)).toContain(field);
  expect(result.fieldErrors?.[field]).toContainEqual(typeof message === "string" ? message : expect.stringMatching(message));
  expect(await snapshotDatabase()).toEqual(before);
}

const ws = (input: Record<string, unknown>) => ({ workspaceSlug: slug, ...input });
const json = (value: unknown) => JSON.stringify(value);
const v1 = (extra: Record<string, unknown> = {}) => ({ name: "Imported", currency: "EUR", startMonth: "2026-01", horizonMonths: 12, ...PLAN, ...extra });
const workspaceFile = (investment: Record<string, unknown> = {}) => ({
  format: "realised-workspace",
  version: 1,
  investments: [{ header: HEADER, status: "draft", plan: PLAN, versions: [], kpis: [], actuals: [], ...investment }],
});

/** [name, action, input with the bad text, field (or path) the error must name]. */
type TextCase = [string, Action, (bad: string) => Record<string, unknown>, string | ((bad: string) => string)];
const TEXT_CASES: TextCase[] = [
  ["workspace slug of any action", updateWorkspaceSettingsAction, (bad) => ({ workspaceSlug: `x${bad}`, name: "n", currency: "EUR", locale: "en" }), "workspaceSlug"],
  ["new workspace name", createWorkspaceAction, (bad) => ({ name: `Name${bad}`, slug: "probe-new" }), "name"],
  ["new workspace slug", createWorkspaceAction, (bad) => ({ name: "Name", slug: `probe${bad}` }), "slug"],
  ["workspace settings name", updateWorkspaceSettingsAction, (bad) => ws({ name: `n${bad}`, currency: "EUR", locale: "en" }), "name"],
  ["delete confirmation", deleteWorkspaceAction, (bad) => ws({ confirmSlug: `${slug}${bad}` }), "confirmSlug"],
  ["invitation e-mail", inviteMemberAction, (bad) => ws({ email: `a${bad}@example.test`, role: "editor" }), "email"],
  ["invitation token", acceptInvitationAction, (bad) => ({ token: `${"t".repeat(30)}${bad}` }), "token"],
  ["investment name", createInvestmentAction, (bad) => ws({ ...HEADER, name: `n${bad}`, plan: json(PLAN) }), "name"],
  ["investment description", createInvestmentAction, (bad) => ws({ ...HEADER, description: `d${bad}`, plan: json(PLAN) }), "description"],
  ["investment owner", createInvestmentAction, (bad) => ws({ ...HEADER, ownerName: `o${bad}`, plan: json(PLAN) }), "ownerName"],
  ["investment currency", createInvestmentAction, (bad) => ws({ ...HEADER, currency: `EU${bad}`, plan: json(PLAN) }), "currency"],
  ["cost label inside the plan", createInvestmentAction, (bad) => ws({ ...HEADER, plan: json({ ...PLAN, costs: [{ ...PLAN.costs[0], label: `l${bad}` }] }) }), "plan.costs.0.label"],
  ["investment name on update", updateInvestmentAction, (bad) => ws({ ...HEADER, name: `n${bad}`, investmentId, revision: 1 }), "name"],
  ["change reason on update", updateInvestmentAction, (bad) => ws({ ...HEADER, investmentId, revision: 1, reason: `r${bad}` }), "reason"],
  ["plan change reason", savePlanAction, (bad) => ws({ investmentId: approvedId, revision: 1, plan: json(PLAN), reason: `Because${bad}` }), "reason"],
  ["benefit label inside a saved plan", savePlanAction, (bad) => ws({ investmentId: approvedId, revision: 1, plan: json({ ...PLAN, benefits: [{ ...PLAN.benefits[0], label: `b${bad}` }] }), reason: "x" }), "plan.benefits.0.label"],
  ["template name", saveAsTemplateAction, (bad) => ws({ investmentId, name: `t${bad}` }), "name"],
  ["leak acknowledgement reason", acknowledgeLeakAction, (bad) => ws({ investmentId, code: "NO_BASELINE", reason: `Known${bad}` }), "reason"],
  ["leak subject", acknowledgeLeakAction, (bad) => ws({ investmentId, code: "NO_BASELINE", subject: `s${bad}`, reason: "Known" }), "subject"],
  ["leak snooze reason", snoozeLeakAction, (bad) => ws({ investmentId, code: "NO_BASELINE", until: "2099-01", reason: `r${bad}` }), "reason"],
  ["actuals note", saveActualsAction, (bad) => ws({ investmentId: approvedId, month: "2026-02", cost: "1", benefit: "1", note: `n${bad}`, baseRevision: null }), "note"],
  ["benefit driver label", saveActualsAction, (bad) => ws({ investmentId: approvedId, month: "2026-02", cost: "1", benefit: "1", benefitByDriver: { [`Fee${bad}`]: "1" }, baseRevision: null }), (bad) => `benefitByDriver.Fee${bad}`],
  ["actual cost text", saveActualsAction, (bad) => ws({ investmentId: approvedId, month: "2026-02", cost: `1${bad}`, benefit: "1", baseRevision: null }), "cost"],
  ["KPI name", createKpiAction, (bad) => ws({ investmentId: approvedId, name: `k${bad}`, direction: "up" }), "name"],
  ["KPI unit", createKpiAction, (bad) => ws({ investmentId: approvedId, name: "k", unit: `%${bad}`, direction: "up" }), "unit"],
  ["KPI baseline", createKpiAction, (bad) => ws({ investmentId: approvedId, name: "k", baseline: `1${bad}`, direction: "up" }), "baseline"],
  ["KPI name on update", updateKpiAction, (bad) => ws({ kpiId, name: `k${bad}`, direction: "up" }), "name"],
  ["KPI measurement", recordKpiMeasurementAction, (bad) => ws({ kpiId, month: "2026-02", value: `1${bad}` }), "value"],
  ["share link label", createShareLinkAction, (bad) => ws({ investmentId, label: `Board${bad}`, expiresOn: "2099-01-01" }), "label"],
  ["report period", generateReportAction, (bad) => ws({ period: `2026-01${bad}`, locale: "en", scenario: "expected" }), "period"],
  ["report recipients", saveReportScheduleAction, (bad) => ws({ enabled: "on", dayOfMonth: "5", recipients: `a@example.test${bad}`, locale: "en" }), "recipients"],
  ["CSV file (names the line)", importActualsCsvAction, (bad) => ws({ investmentId, csvText: `Month,Cost,Benefit\n2026-01,1,1\n2026-02,1,x${bad}\n`, mapping: { month: "Month", cost: "Cost", benefit: "Benefit" } }), "csvText"],
  ["CSV column mapping", importActualsCsvAction, (bad) => ws({ investmentId, csvText: "Month,Cost,Benefit\n2026-01,1,1\n", mapping: { month: `Month${bad}`, cost: "Cost", benefit: "Benefit" } }), "mapping.month"],
  ["name in an imported investment", importInvestmentJsonAction, (bad) => ws({ json: json(v1({ name: `n${bad}` })) }), "name"],
  ["KPI name in an imported investment", importInvestmentJsonAction, (bad) => ws({ json: json(v1({ kpis: [{ name: `k${bad}`, measurements: [] }] })) }), "kpis.0.name"],
  ["investment name in a workspace file", importWorkspaceAction, (bad) => ws({ json: json(workspaceFile({ header: { ...HEADER, name: `n${bad}` } })) }), "investments.0.header.name"],
  ["actuals note in a workspace file", importWorkspaceAction, (bad) => ws({ json: json(workspaceFile({ actuals: [{ period: "2026-01", cost: "1", benefit: "1", note: `n${bad}` }] })) }), "investments.0.actuals.0.note"],
  ["sign-up name", signUpAction, (bad) => ({ name: `n${bad}`, email: "probe@example.test", password: "long-enough-1" }), "name"],
  ["sign-up e-mail", signUpAction, (bad) => ({ name: "n", email: `probe${bad}@example.test`, password: "long-enough-1" }), "email"],
  ["sign-up password", signUpAction, (bad) => ({ name: "n", email: "probe@example.test", password: `long-enough-1${bad}` }), "password"],
  ["password reset e-mail", requestPasswordResetAction, (bad) => ({ email: `probe${bad}@example.test` }), "email"],
  ["password reset token", resetPasswordAction, (bad) => ({ token: `${"t".repeat(30)}${bad}`, password: "long-enough-1", confirm: "long-enough-1" }), "token"],
];

describe("text the database cannot store", () => {
  for (const [what, bad] of BAD_CHARACTERS) {
    it.each(TEXT_CASES)(`refuses ${what} in the %s`, async (_name, action, input, field) => {
      const expected = field === "csvText" ? `${UNSTORABLE_TEXT_MESSAGE} (line 3)` : UNSTORABLE_TEXT_MESSAGE;
      await expectRefused(action, input(bad), typeof field === "string" ? field : field(bad), expected);
    });
  }
});

describe("dates outside the supported years", () => {
  it.each<[string, Action, () => Record<string, unknown>, string]>([
    ["KPI baseline date", createKpiAction, () => ws({ investmentId: approvedId, name: "k", baselineDate: "0000-01-01", direction: "up" }), "baselineDate"],
    ["KPI baseline date on update", updateKpiAction, () => ws({ kpiId, name: "k", baselineDate: "1066-10-14", direction: "up" }), "baselineDate"],
    ["measurement month", recordKpiMeasurementAction, () => ws({ kpiId, month: "0000-01", value: "1" }), "month"],
    ["actuals month", saveActualsAction, () => ws({ investmentId: approvedId, month: "0000-01", cost: "1", benefit: "1", baseRevision: null }), "month"],
    ["investment start month", createInvestmentAction, () => ws({ ...HEADER, startMonth: "0000-01", plan: json(PLAN) }), "startMonth"],
    ["snooze-until month", snoozeLeakAction, () => ws({ investmentId, code: "NO_BASELINE", until: "9999-12" }), "until"],
    ["share link expiry", createShareLinkAction, () => ws({ investmentId, expiresOn: "0000-01-01" }), "expiresOn"],
    ["KPI baseline date in a workspace file", importWorkspaceAction, () => ws({ json: json(workspaceFile({ kpis: [{ name: "k", baselineDate: "0000-01-01" }] })) }), "investments.0.kpis.0.baselineDate"],
    ["plan version date in a workspace file", importWorkspaceAction, () => ws({ json: json(workspaceFile({ versions: [{ version: 1, definition: v1(), reason: "r", createdAt: "0000-01-01T00:00:00Z" }] })) }), "investments.0.versions.0.createdAt"],
  ])("refuses year 0 (or similar) in the %s", async (_name, action, input, field) => {
    await expectRefused(action, input(), field, YEAR_RANGE_MESSAGE);
  });
});

describe("numbers read only as a person means them", () => {
  it.each([["0x10"], ["0b101"], [true], [""], ["1e1"]])("refuses horizon %j", async (horizonMonths) => {
    await expectRefused(createInvestmentAction, ws({ ...HEADER, horizonMonths, plan: json(PLAN) }), "horizonMonths", "Horizon must be a whole number of months");
  });

  it.each([["0x10"], [true], ["0b1"]])("refuses revision %j", async (revision) => {
    await expectRefused(updateInvestmentAction, ws({ ...HEADER, investmentId, revision }), "revision", "Reload the page and try again");
  });

  it("refuses a hexadecimal report day and threshold", async () => {
    await expectRefused(saveReportScheduleAction, ws({ enabled: "on", dayOfMonth: "0x5", recipients: "a@example.test", locale: "en" }), "dayOfMonth", "Choose a day between 1 and 28");
    const thresholds = { underForecastPct: 25, underForecastMinMonths: 2, costOverrunPct: 10, zombieBenefitPct: 5, zombieMinMonths: 3, kpiRegressionTolerancePct: 0, paybackSlipGraceMonths: 0, negativeAfterRampGraceMonths: 0 };
    await expectRefused(updateLeakThresholdsAction, ws({ ...thresholds, costOverrunPct: "0x10" }), "costOverrunPct", "Enter a number");
    await expectRefused(updateLeakThresholdsAction, ws({ ...thresholds, zombieMinMonths: "" }), "zombieMinMonths", "Enter a whole number");
  });

  it("refuses 0.005 in Dutch notation instead of storing 5.00", async () => {
    await expectRefused(saveActualsAction, ws({ investmentId: approvedId, month: "2026-02", locale: "nl", cost: "0.005", benefit: "1", baseRevision: null }), "cost", "Enter a number like 1.234,56");
  });
});

const zeros = (count: number) => Array(count).fill(0).join(".");

describe("imported JSON", () => {
  it.each(["__proto__", "constructor", "prototype"])("refuses a %s key in a format v1 document", async (key) => {
    const text = `{"name":"x","currency":"EUR","startMonth":"2026-01","horizonMonths":12,"inputs":{"${key}":{"polluted":true}}}`;
    await expectRefused(importInvestmentJsonAction, ws({ json: text }), `inputs.${key}`, `"${key}" cannot be used as a name`);
  });

  it("refuses a __proto__ key in a workspace file", async () => {
    const text = json(workspaceFile()).replace('"plan":{', '"plan":{"__proto__":{"polluted":true},');
    await expectRefused(importWorkspaceAction, ws({ json: text }), "investments.0.plan.__proto__", '"__proto__" cannot be used as a name');
  });

  it("refuses JSON nested 3,000 deep in both imports", async () => {
    const deep = `${"[".repeat(3000)}${"]".repeat(3000)}`;
    await expectRefused(importInvestmentJsonAction, ws({ json: `{"name":"x","inputs":{"a":${deep}}}` }), `inputs.a.${zeros(62)}`, TOO_DEEP_MESSAGE);
    await expectRefused(importWorkspaceAction, ws({ json: `{"format":"realised-workspace","version":1,"investments":${deep}}` }), `investments.${zeros(63)}`, TOO_DEEP_MESSAGE);
  });

  it("refuses a plan nested too deeply in the plan editor's document", async () => {
    const deep = `${"[".repeat(3000)}${"]".repeat(3000)}`;
    await expectRefused(createInvestmentAction, ws({ ...HEADER, plan: `{"costs":${deep}}` }), `plan.costs.${zeros(63)}`, TOO_DEEP_MESSAGE);
  });
});

describe("passwords bcrypt would cut short", () => {
  it("refuses a sign-up password over 72 bytes", async () => {
    await expectRefused(signUpAction, { name: "n", email: "bytes@example.test", password: `a1${"é".repeat(36)}` }, "password", PASSWORD_TOO_LONG_MESSAGE);
  });
});
