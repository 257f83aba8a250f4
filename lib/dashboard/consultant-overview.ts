import { listInvestmentAccuracy } from "@/lib/accuracy/queries";
import { summariseByWorkspace, summariseVersions, type AccuracySummary } from "@/lib/accuracy/summary";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import {
  benchmarkCategories,
  sumWorkspaceFigures,
  type OverviewFigures,
  type OverviewTotal,
} from "@/lib/portfolio/consultant-figures";
import { ensureFreshFigures } from "@/lib/portfolio/refresh";
import { DEFAULT_OVERVIEW_SORT, sortOverviewRows, type OverviewSort } from "./consultant-sort";

export type { CategoryBenchmark, OverviewFigures } from "@/lib/portfolio/consultant-figures";

/**
 * One row per workspace: the figures of its approved-and-later plans in its own currency
 * (what the row is sorted by), those in other currencies on lines of their own, and how
 * many drafts it has (in no figure).
 */
export type ConsultantOverviewRow = OverviewFigures & {
  workspaceId: string;
  name: string;
  slug: string;
  role: Role;
  otherCurrencies: OverviewFigures[];
  countedInvestments: number;
  drafts: number;
  /** Forecast accuracy of its plan versions (bias and MAPE in %, n observations): lib/accuracy. */
  accuracy: AccuracySummary;
};
/** One total per currency: amounts in different currencies are never added together. */
export type ConsultantOverviewTotal = OverviewTotal;

/** The user's memberships with the workspace fields the overview shows (one statement). */
async function listMemberships(userId: string) {
  return getDb().$queryRaw<{ id: string; name: string; slug: string; currency: string; role: Role }[]>`
    SELECT w.id, w.name, w.slug, w.currency, m.role::text AS role
    FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId"
    WHERE m."userId" = ${userId}`;
}

/**
 * The consultant overview on /workspaces: one row per workspace the user belongs to, a
 * total row per currency and ROI by investment category across them all — a viewer
 * membership counts, so a consultant sees a benchmark no single client can see. Read from
 * lib/portfolio in six queries whatever the number of workspaces or investments
 * (memberships, the freshness check, stored figures, open leaks, the benchmark, the stored
 * forecast accuracy).
 */
export async function getConsultantOverview(userId: string, options: { today?: Date } & Partial<OverviewSort> = {}) {
  const today = options.today ?? new Date();
  const sort: OverviewSort = {
    sort: options.sort ?? DEFAULT_OVERVIEW_SORT.sort,
    direction: options.direction ?? DEFAULT_OVERVIEW_SORT.direction,
  };
  const memberships = await listMemberships(userId);
  if (memberships.length === 0) return { rows: [], totals: [], categories: [], sort, investments: 0 };

  const ids = memberships.map((m) => m.id);
  await ensureFreshFigures(ids, today);
  const [figures, categories, accuracy] = await Promise.all([
    sumWorkspaceFigures(memberships, today),
    benchmarkCategories(ids),
    listInvestmentAccuracy(ids).then(summariseByWorkspace),
  ]);
  const rows: ConsultantOverviewRow[] = memberships.flatMap((m) => {
    const own = figures.byWorkspace.get(m.id);
    if (!own) return [];
    const { headline, otherCurrencies, countedInvestments, drafts, lastUpdate } = own;
    return [
      {
        workspaceId: m.id,
        name: m.name,
        slug: m.slug,
        role: m.role,
        ...headline,
        lastUpdate,
        otherCurrencies,
        countedInvestments,
        drafts,
        accuracy: accuracy.get(m.id) ?? summariseVersions([]),
      },
    ];
  });
  return {
    rows: sortOverviewRows(rows, sort),
    totals: figures.totals,
    categories,
    sort,
    investments: figures.investments,
  };
}

export type ConsultantOverview = Awaited<ReturnType<typeof getConsultantOverview>>;
