import { getDb } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { evaluationSettingsOf } from "@/lib/investments/evaluation-settings";
import { dateToPeriod } from "@/lib/investments/months";
import { buildReportModel, type ReportModel } from "./report-model";
import { periodEndExclusive, type ReportOptions } from "./report-period";

type LoadOptions = ReportOptions & {
  workspaceId: string;
  /** Only this investment (the one-page report); not found unless it belongs to the workspace. */
  investmentId?: string;
  generatedAt?: Date;
  /** Shown on the cover; defaults to the workspace's first owner. */
  consultantName?: string;
};

/**
 * What the evaluation needs of an investment: every plan version (the recorded months are
 * compared with the version in force then), KPIs and actuals. Facts after the period are
 * not even read; the model leaves them out again by the shared as-of rule.
 */
function investmentSelect(end: Date) {
  return {
    id: true,
    workspaceId: true,
    name: true,
    status: true,
    category: true,
    ownerName: true,
    currency: true,
    startMonth: true,
    horizonMonths: true,
    plan: true,
    archivedAt: true,
    versions: { orderBy: { version: "desc" }, select: { id: true, version: true, definition: true } },
    kpis: {
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: {
        name: true,
        unit: true,
        baseline: true,
        target: true,
        direction: true,
        measurements: {
          where: { month: { lt: end } },
          orderBy: { month: "asc" },
          select: { month: true, value: true },
        },
      },
    },
    actuals: {
      where: { month: { lt: end } },
      orderBy: { month: "asc" },
      select: { month: true, cost: true, benefit: true, planVersionId: true, updatedAt: true },
    },
  } satisfies Prisma.InvestmentSelect;
}

const reviewSelect = {
  investmentId: true,
  code: true,
  subject: true,
  kind: true,
  snoozedUntil: true,
  atStakeMonthly: true,
  reason: true,
  createdByName: true,
  createdAt: true,
} satisfies Prisma.LeakReviewSelect;

async function firstOwnerName(workspaceId: string): Promise<string> {
  const owner = await getDb().membership.findFirst({
    where: { workspaceId, role: "owner" },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { name: true } } },
  });
  return owner?.user.name ?? "";
}

/**
 * Loads a workspace's current investments (or only the one asked for, looked up by id and
 * workspace) for a report on `options.period`, in a fixed number of queries: the one-page
 * report reads nothing of the other investments, so its time does not grow with the workspace.
 * The workspace's exchange rates are read once (one query) for converting other currencies.
 */
export async function loadReportModel(options: LoadOptions): Promise<ReportModel> {
  const generatedAt = options.generatedAt ?? new Date();
  const db = getDb();
  const { workspaceId, investmentId } = options;
  const only = investmentId === undefined ? {} : { investmentId };
  const [workspace, investments, reviews, consultantName, rates] = await Promise.all([
    db.workspace.findUnique({
      where: { id: workspaceId },
      select: { name: true, currency: true, leakThresholds: true, discountRatePct: true },
    }),
    db.investment.findMany({
      where: { workspaceId, archivedAt: null, ...(investmentId === undefined ? {} : { id: investmentId }) },
      orderBy: [{ startMonth: "asc" }, { name: "asc" }, { id: "asc" }],
      select: investmentSelect(periodEndExclusive(options.period)),
    }),
    db.leakReview.findMany({
      where: { workspaceId, ...only },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: reviewSelect,
    }),
    options.consultantName === undefined ? firstOwnerName(workspaceId) : Promise.resolve(options.consultantName),
    db.exchangeRate.findMany({
      where: { workspaceId },
      orderBy: [{ month: "asc" }, { fromCurrency: "asc" }, { toCurrency: "asc" }],
      select: { fromCurrency: true, toCurrency: true, month: true, rate: true, source: true },
    }),
  ]);
  if (!workspace) throw notFoundError();
  if (investmentId !== undefined && investments.length === 0) throw notFoundError();
  // The same settings every other evaluation of these investments uses (dashboard, API).
  const settings = evaluationSettingsOf(workspace);
  return buildReportModel({
    workspace: {
      name: workspace.name,
      currency: workspace.currency,
      leakThresholds: settings.leakThresholds,
      discountRatePct: settings.discountRatePct,
    },
    consultantName,
    options: { period: options.period, scenario: options.scenario, locale: options.locale },
    generatedAt,
    investments,
    reviews,
    rates: rates.map((r) => ({
      from: r.fromCurrency,
      to: r.toCurrency,
      period: dateToPeriod(r.month),
      rate: r.rate.toString(),
      source: r.source,
    })),
  });
}

/** The workspace a command-line report is about, by slug (the CLI has no session and no gate). */
export async function findWorkspaceBySlug(slug: string) {
  return getDb().workspace.findUnique({ where: { slug }, select: { id: true, name: true, locale: true } });
}
