import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { conflictError } from "@/lib/errors";
import { currentPeriod, periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { requireValidPlan } from "@/lib/investments/mutations";
import { importConflictMessage } from "@/lib/rates/mutations";
import { rateConflicts } from "@/lib/rates/queries";
import { planDocument } from "@/lib/investments/schemas";
import { refreshInvestmentFigures } from "@/lib/portfolio/refresh";
import { parseDefinition, resolveKpiDirection, type JsonValue } from "@/lib/roi";
import { ISO_CURRENCY_PATH_MESSAGE, isIsoCurrency } from "@/lib/shared/currencies";
import { checkDocumentRows, checkInvestmentExport, invalidFile, readJson, splitDocumentDetails, zodPathErrors, type PathError } from "./import-checks";
import { workspaceExportSchema, type WorkspaceExportInput } from "./workspace-format";
import { readWorkspaceFile } from "./workspace-file";
import { writeInvestment } from "./write-investment";

type JsonObject = { [key: string]: JsonValue };

/**
 * Imports write a whole file in one transaction (all or nothing). Prisma's defaults (5 s to
 * run, 2 s to get a connection) are far too short for a large workspace on a busy machine.
 */
export const IMPORT_TRANSACTION = { timeout: 10 * 60_000, maxWait: 30_000 };

/**
 * A workspace file takes longer the more investments it holds: each one's figures are
 * evaluated in the transaction (about half a second for ten years of months on a busy
 * machine), so the limit grows by a generous second per investment.
 */
export const workspaceImportTransaction = (investments: number) => ({ ...IMPORT_TRANSACTION, timeout: IMPORT_TRANSACTION.timeout + investments * 1_000 });

/**
 * A format v1 document becomes a new draft investment with its category, description and
 * owner (a file from before they were exported: "other", none, none), KPIs, measurements
 * and actuals. Everything is validated first; one transaction; audited.
 */
export async function importInvestmentDocument(ctx: WorkspaceContext, input: { json: string }, today = new Date()) {
  const { details, definition: document, errors: detailErrors } = splitDocumentDetails(readJson(input.json));
  const parsed = parseDefinition(document);
  if (!parsed.ok) throw invalidFile([...parsed.errors, ...detailErrors]);
  const definition = parsed.definition;
  // The engine reads any three capitals as a currency; the app keeps to ISO 4217.
  const currencyErrors = isIsoCurrency(definition.currency) ? [] : [{ path: "currency", message: ISO_CURRENCY_PATH_MESSAGE }];
  const rowErrors = [...currencyErrors, ...detailErrors, ...checkDocumentRows(definition, currentPeriod(today))];
  if (rowErrors.length > 0) throw invalidFile(rowErrors);
  const source = document as Record<string, unknown>;
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
        data: { workspaceId, ...header, ...details, startMonth: periodToDate(header.startMonth), plan, status: "draft", createdById: ctx.user.id },
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
          // Came in with a file, not typed in: the source says so in the actuals grid.
          source: "import",
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
      await refreshInvestmentFigures(tx, { workspaceId, investmentId: investment.id, fromMonth: null, today });
      return { id: investment.id };
    },
    IMPORT_TRANSACTION,
  );
}

export const RATES_CONFLICT_MESSAGE = "This workspace already has another rate for some months in the file; nothing was imported";

type FileRate = WorkspaceExportInput["exchangeRates"][number];

/**
 * The file's exchange rates, written in the import's transaction: months without a rate get
 * the file's, with where it came from, who entered it and when; a month that already has
 * exactly that rate is left as it is; one with another rate refuses the whole file, naming
 * each by its path. Returns how many were added.
 */
async function writeRates(tx: Tx, workspaceId: string, rates: FileRate[], now: Date): Promise<number> {
  if (rates.length === 0) return 0;
  // The rate page's imports take the same lock: the comparison below holds for the write after it.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`exchange-rates:${workspaceId}`}))`;
  const { fresh, conflicts } = await rateConflicts(workspaceId, rates, tx);
  if (conflicts.length > 0) {
    const indexOf = new Map(rates.map((r, index) => [`${r.from}>${r.to}@${r.period}`, index]));
    throw conflictError(
      RATES_CONFLICT_MESSAGE,
      Object.fromEntries(conflicts.map((c) => [`exchangeRates.${indexOf.get(`${c.from}>${c.to}@${c.period}`)}.rate`, [importConflictMessage(c)]])),
    );
  }
  const isFresh = new Set(fresh.map((r) => `${r.from}>${r.to}@${r.period}`));
  const { count } = await tx.exchangeRate.createMany({
    data: rates
      .filter((r) => isFresh.has(`${r.from}>${r.to}@${r.period}`))
      .map((r) => {
        const enteredAt = r.enteredAt ? new Date(r.enteredAt) : now;
        return {
          workspaceId,
          fromCurrency: r.from,
          toCurrency: r.to,
          month: periodToDate(r.period),
          rate: r.rate,
          source: r.source,
          sourceDetail: r.sourceDetail,
          // Kept by name, like plan-version authors: the person need not exist here.
          enteredById: null,
          enteredByName: r.enteredByName,
          createdAt: enteredAt,
          updatedAt: enteredAt,
        };
      }),
  });
  return count;
}

/**
 * A workspace export restored into an EMPTY workspace, nothing lost: investments with
 * status and archive state, plan versions (numbers, reasons, authors, dates), KPIs with
 * baselines and measurements, actuals linked to the plan version they were recorded under,
 * leak reviews, and the workspace's exchange rates.
 * The workspace's own name, currency and language are left as they are.
 */
export async function importWorkspace(ctx: WorkspaceContext, input: { json?: string; file?: Blob }, now = new Date()) {
  const parsed = workspaceExportSchema.safeParse(await readWorkspaceFile(input));
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
      const exchangeRates = await writeRates(tx, workspaceId, parsed.data.exchangeRates, now);
      const totals = { investments: 0, versions: 0, kpis: 0, actuals: 0, exchangeRates };
      let leakReviews = 0;
      for (const [i, investment] of parsed.data.investments.entries()) {
        const written = await writeInvestment(tx, ctx, investment, plans[i] as JsonObject, now);
        totals.investments++;
        totals.versions += written.versions;
        totals.kpis += written.kpis;
        totals.actuals += written.actuals;
        leakReviews += written.leakReviews;
      }
      await recordAudit(tx, {
        workspaceId,
        actorId: ctx.user.id,
        action: "workspace.import",
        entityType: "Workspace",
        entityId: workspaceId,
        after: { ...totals, leakReviews, source: parsed.data.workspace?.name ?? null, exportedAt: parsed.data.exportedAt ?? null },
      });
      return totals;
    },
    workspaceImportTransaction(parsed.data.investments.length),
  );
}
