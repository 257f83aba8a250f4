import { loadPortfolio, type Portfolio } from "@/lib/dashboard/load-portfolio";
import { evaluatePortfolio } from "@/lib/dashboard/portfolio-evaluation";
import { getDb } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import { buildReportModel, type ReportModel } from "./report-model";
import { periodEndExclusive, reportAsOf, type ReportOptions } from "./report-period";

type LoadOptions = ReportOptions & {
  workspaceId: string;
  /** Only this investment (the one-page report); not found unless it belongs to the workspace. */
  investmentId?: string;
  generatedAt?: Date;
  /** Shown on the cover; defaults to the workspace's first owner. */
  consultantName?: string;
};

/** Facts after the period are left out, so a report on an earlier period shows that period's state. */
function clipToPeriod(portfolio: Portfolio, end: Date, investmentId: string | undefined): Portfolio {
  const investments = portfolio.investments
    .filter((i) => investmentId === undefined || i.id === investmentId)
    .map((i) => ({
      ...i,
      actuals: i.actuals.filter((a) => a.month < end),
      kpis: i.kpis.map((k) => ({ ...k, measurements: k.measurements.filter((m) => m.month < end) })),
    }));
  return { ...portfolio, investments };
}

async function firstOwnerName(workspaceId: string): Promise<string> {
  const owner = await getDb().membership.findFirst({
    where: { workspaceId, role: "owner" },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { name: true } } },
  });
  return owner?.user.name ?? "";
}

/** Loads and evaluates a workspace (or one of its investments) for a report on `options.period`. */
export async function loadReportModel(options: LoadOptions): Promise<ReportModel> {
  const generatedAt = options.generatedAt ?? new Date();
  const [portfolio, consultantName] = await Promise.all([
    loadPortfolio([options.workspaceId]),
    options.consultantName === undefined
      ? firstOwnerName(options.workspaceId)
      : Promise.resolve(options.consultantName),
  ]);
  const workspace = portfolio.workspaces[0];
  if (!workspace) throw notFoundError();
  const clipped = clipToPeriod(portfolio, periodEndExclusive(options.period), options.investmentId);
  if (options.investmentId !== undefined && clipped.investments.length === 0) throw notFoundError();
  const evaluated = evaluatePortfolio(clipped, reportAsOf(options.period, generatedAt));
  return buildReportModel({
    workspace: { name: workspace.name, currency: workspace.currency },
    consultantName,
    options,
    generatedAt,
    investments: clipped.investments.map((source, i) => ({ source, evaluated: evaluated[i] })),
  });
}

/** The workspace a command-line report is about, by slug (the CLI has no session and no gate). */
export async function findWorkspaceBySlug(slug: string) {
  return getDb().workspace.findUnique({ where: { slug }, select: { id: true, name: true, locale: true } });
}
