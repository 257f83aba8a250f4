import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { conflictError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentPeriod, periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { requireValidPlan } from "@/lib/investments/mutations";
import { planDocument } from "@/lib/investments/schemas";
import { parseDefinition, resolveKpiDirection, type JsonValue } from "@/lib/roi";
import { checkDocumentRows, checkInvestmentExport, invalidFile, readJson, zodPathErrors, type PathError } from "./import-checks";
import { workspaceExportSchema, type WorkspaceExportInput } from "./workspace-format";

type JsonObject = { [key: string]: JsonValue };

/**
 * A format v1 document becomes a new draft investment with its KPIs, measurements and
 * actuals. Everything is validated first; one transaction; audited.
 */
export async function importInvestmentDocument(ctx: WorkspaceContext, input: { json: string }, today = new Date()) {
  const raw = readJson(input.json);
  const parsed = parseDefinition(raw);
  if (!parsed.ok) throw invalidFile(parsed.errors);
  const definition = parsed.definition;
  const rowErrors = checkDocumentRows(definition, currentPeriod(today));
  if (rowErrors.length > 0) throw invalidFile(rowErrors);
  const source = raw as Record<string, unknown>;
  const header = { name: definition.name, currency: definition.currency, startMonth: definition.startMonth, horizonMonths: definition.horizonMonths };
  const { plan } = requireValidPlan(
    header,
    planDocument.parse({ template: source.template, inputs: source.inputs, costs: source.costs, benefits: source.benefits, scenarios: source.scenarios }),
  );
  const workspaceId = ctx.workspace.id;
  const monthDate = (month: number) => periodToDate(periodOfMonthNumber(definition.startMonth, month));
  return getDb().$transaction(
    async (tx) => {
      const investment = await tx.investment.create({
        data: { workspaceId, ...header, startMonth: periodToDate(header.startMonth), plan, status: "draft", createdById: ctx.user.id },
      });
      for (const [position, kpi] of definition.kpis.entries()) {
        await tx.kpi.create({
          data: {
            workspaceId,
            investmentId: investment.id,
            name: kpi.name,
            unit: kpi.unit ?? "",
            baseline: kpi.baseline?.toFixed() ?? null,
            target: kpi.target?.toFixed() ?? null,
            // Stated, or as the engine reads it (target below baseline: lower is better).
            direction: resolveKpiDirection(kpi) ?? "up",
            position,
            measurements: { create: kpi.measurements.map((m) => ({ workspaceId, month: monthDate(m.month), value: m.value.toFixed() })) },
          },
        });
      }
      await tx.actualMonth.createMany({
        data: definition.actuals.map((a) => ({
          workspaceId,
          investmentId: investment.id,
          month: monthDate(a.month),
          cost: a.cost.toFixed(2),
          benefit: a.benefit.toFixed(2),
          note: a.note ?? "",
          recordedById: ctx.user.id,
          recordedByName: ctx.user.name,
        })),
      });
      await recordAudit(tx, {
        workspaceId,
        actorId: ctx.user.id,
        action: "investment.import",
        entityType: "Investment",
        entityId: investment.id,
        after: { name: investment.name, kpis: definition.kpis.length, actuals: definition.actuals.length },
      });
      return { id: investment.id };
    },
    { timeout: 30_000 },
  );
}

type InvestmentInput = WorkspaceExportInput["investments"][number];

async function writeInvestment(tx: Tx, ctx: WorkspaceContext, input: InvestmentInput, plan: JsonObject, now: Date) {
  const workspaceId = ctx.workspace.id;
  const { header } = input;
  const investment = await tx.investment.create({
    data: {
      workspaceId,
      ...header,
      startMonth: periodToDate(header.startMonth),
      status: input.status,
      plan,
      archivedAt: input.archived ? now : null,
      createdById: ctx.user.id,
      ...(input.createdAt ? { createdAt: new Date(input.createdAt) } : {}),
    },
  });
  // Versions keep their numbers, reasons, authors' names and dates; the authors may not exist here.
  const versions = await tx.planVersion.createManyAndReturn({
    data: input.versions.map((v) => ({
      workspaceId,
      investmentId: investment.id,
      version: v.version,
      definition: v.definition as Prisma.InputJsonObject,
      reason: v.reason,
      createdByName: v.createdByName,
      createdAt: new Date(v.createdAt),
    })),
    select: { id: true, version: true },
  });
  const versionIds = new Map(versions.map((v) => [v.version, v.id]));
  for (const [position, kpi] of input.kpis.entries()) {
    await tx.kpi.create({
      data: {
        workspaceId,
        investmentId: investment.id,
        name: kpi.name,
        unit: kpi.unit,
        baseline: kpi.baseline,
        baselineDate: kpi.baselineDate ? new Date(`${kpi.baselineDate}T00:00:00Z`) : null,
        target: kpi.target,
        direction: kpi.direction,
        position,
        measurements: { create: kpi.measurements.map((m) => ({ workspaceId, month: periodToDate(m.period), value: m.value })) },
      },
    });
  }
  await tx.actualMonth.createMany({
    data: input.actuals.map((a) => ({
      workspaceId,
      investmentId: investment.id,
      month: periodToDate(a.period),
      cost: a.cost,
      benefit: a.benefit,
      benefitByDriver: a.benefitByDriver === null ? Prisma.DbNull : (a.benefitByDriver as Prisma.InputJsonObject),
      note: a.note,
      recordedByName: a.recordedByName,
      planVersionId: a.planVersion === null ? null : (versionIds.get(a.planVersion) ?? null),
    })),
  });
  return { versions: versions.length, kpis: input.kpis.length, actuals: input.actuals.length };
}

/**
 * A workspace export restored into an EMPTY workspace, nothing lost: investments with
 * status and archive state, plan versions (numbers, reasons, authors, dates), KPIs with
 * baselines and measurements, actuals linked to the plan version they were recorded under.
 * The workspace's own name, currency and language are left as they are.
 */
export async function importWorkspace(ctx: WorkspaceContext, input: { json: string }, now = new Date()) {
  const parsed = workspaceExportSchema.safeParse(readJson(input.json));
  if (!parsed.success) throw invalidFile(zodPathErrors(parsed.error));
  const errors: PathError[] = [];
  const plans = parsed.data.investments.map((investment, i) => {
    const checked = checkInvestmentExport(investment, `investments.${i}`);
    errors.push(...checked.errors);
    return checked.plan;
  });
  if (errors.length > 0) throw invalidFile(errors);
  const workspaceId = ctx.workspace.id;
  return getDb().$transaction(
    async (tx) => {
      // Serialises concurrent imports: both would otherwise see an empty workspace.
      await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
      // The rule keeps two workspaces from being mixed; a file without investments mixes nothing.
      if (parsed.data.investments.length > 0 && (await tx.investment.count({ where: { workspaceId } })) > 0) {
        throw conflictError("This workspace already has investments; a workspace file can only be imported into an empty workspace");
      }
      const totals = { investments: 0, versions: 0, kpis: 0, actuals: 0 };
      for (const [i, investment] of parsed.data.investments.entries()) {
        const written = await writeInvestment(tx, ctx, investment, plans[i] as JsonObject, now);
        totals.investments++;
        totals.versions += written.versions;
        totals.kpis += written.kpis;
        totals.actuals += written.actuals;
      }
      await recordAudit(tx, {
        workspaceId,
        actorId: ctx.user.id,
        action: "workspace.import",
        entityType: "Workspace",
        entityId: workspaceId,
        after: { ...totals, source: parsed.data.workspace?.name ?? null, exportedAt: parsed.data.exportedAt ?? null },
      });
      return totals;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
