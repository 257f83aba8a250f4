import { listInvestmentAccuracy } from "@/lib/accuracy/queries";
import { summariseByWorkspace, summariseVersions, type AccuracySummary } from "@/lib/accuracy/summary";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { loadRateBooks } from "@/lib/currency/rate-books";
import { DEFAULT_OVERVIEW_CURRENCY } from "@/lib/accounts/schemas";
import {
  benchmarkCategories,
  sumWorkspaceFigures,
  type OtherCurrencyFigures,
  type OverviewFigures,
  type OverviewTotal,
} from "@/lib/portfolio/consultant-figures";
import { convertForeignInvestments } from "@/lib/portfolio/converted-months";
import { ensureFreshFigures } from "@/lib/portfolio/refresh";
import type { ConversionSummary } from "@/lib/portfolio/roll-up";
import { isIsoCurrency } from "@/lib/shared/currencies";
import { DEFAULT_OVERVIEW_SORT, sortOverviewRows, type OverviewSort } from "./consultant-sort";

export type { CategoryBenchmark, OtherCurrencyFigures, OverviewFigures } from "@/lib/portfolio/consultant-figures";

/**
 * One row per workspace: the figures of its approved-and-later plans in the overview
 * currency (what the row is sorted by; other currencies converted with the workspace's own
 * rates), each other currency on a line of its own in that currency, the rates its table
 * lacks, and how many drafts it has (in no figure).
 */
export type ConsultantOverviewRow = OverviewFigures & {
  workspaceId: string;
  name: string;
  slug: string;
  role: Role;
  /** The workspace's own reporting currency (its dashboard's). */
  workspaceCurrency: string;
  otherCurrencies: OtherCurrencyFigures[];
  conversion: ConversionSummary;
  countedInvestments: number;
  drafts: number;
  /** Forecast accuracy of its plan versions (bias and MAPE in %, n observations): lib/accuracy. */
  accuracy: AccuracySummary;
};
/** Every workspace added up in the overview currency; `incomplete` names the workspaces whose rate tables lack a rate. */
export type ConsultantOverviewTotal = OverviewTotal & {
  incomplete: { workspaceId: string; name: string; slug: string; missing: ConversionSummary["missing"] }[];
};

/** The user's overview currency and memberships with the workspace fields the overview shows (one statement). */
async function listMemberships(userId: string) {
  const rows = await getDb().$queryRaw<{ overviewCurrency: string; id: string | null; name: string; slug: string; currency: string; role: Role }[]>`
    SELECT u."overviewCurrency", w.id, w.name, w.slug, w.currency, m.role::text AS role
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u.id
    LEFT JOIN "Workspace" w ON w.id = m."workspaceId"
    WHERE u.id = ${userId}`;
  const stored = rows[0]?.overviewCurrency ?? DEFAULT_OVERVIEW_CURRENCY;
  return {
    // A code stored before the ISO check is shown as the default rather than guessed at.
    currency: isIsoCurrency(stored) ? stored : DEFAULT_OVERVIEW_CURRENCY,
    memberships: rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, name: r.name, slug: r.slug, currency: r.currency, role: r.role }])),
  };
}

/**
 * The consultant overview on /workspaces: one row per workspace the user belongs to, one
 * total row and ROI by investment category across them all, in the user's overview
 * currency (User.overviewCurrency) — a viewer membership counts, so a consultant sees a
 * benchmark no single client can see. Read from lib/portfolio in eight queries whatever
 * the number of workspaces or investments (the user and memberships, the freshness check
 * and the rate tables, then stored figures, open leaks, the benchmark, the stored forecast
 * accuracy and the months of the investments in another currency).
 */
export async function getConsultantOverview(userId: string, options: { today?: Date } & Partial<OverviewSort> = {}) {
  const today = options.today ?? new Date();
  const sort: OverviewSort = {
    sort: options.sort ?? DEFAULT_OVERVIEW_SORT.sort,
    direction: options.direction ?? DEFAULT_OVERVIEW_SORT.direction,
  };
  const { currency, memberships } = await listMemberships(userId);
  if (memberships.length === 0) return { currency, rows: [], total: null, categories: [], sort, investments: 0 };

  const ids = memberships.map((m) => m.id);
  const [books] = await Promise.all([loadRateBooks(ids), ensureFreshFigures(ids, today)]);
  // Every workspace converts into the overview currency with its own rates; the overview
  // and the benchmark share the one read of converted months.
  const converted = convertForeignInvestments({ workspaceIds: ids }, new Map(ids.map((id) => [id, currency])), books);
  const [figures, categories, accuracy] = await Promise.all([
    sumWorkspaceFigures(memberships, today, { currency, books, converted }),
    benchmarkCategories(ids, { currency, converted }),
    listInvestmentAccuracy(ids).then(summariseByWorkspace),
  ]);
  const rows: ConsultantOverviewRow[] = memberships.flatMap((m) => {
    const own = figures.byWorkspace.get(m.id);
    if (!own) return [];
    const { headline, otherCurrencies, conversion, countedInvestments, drafts, lastUpdate } = own;
    return [
      {
        workspaceId: m.id,
        name: m.name,
        slug: m.slug,
        role: m.role,
        workspaceCurrency: m.currency,
        ...headline,
        lastUpdate,
        otherCurrencies,
        conversion,
        countedInvestments,
        drafts,
        accuracy: accuracy.get(m.id) ?? summariseVersions([]),
      },
    ];
  });
  const sorted = sortOverviewRows(rows, sort);
  const total: ConsultantOverviewTotal = {
    ...figures.total,
    incomplete: sorted.filter((r) => !r.conversion.complete).map((r) => ({ workspaceId: r.workspaceId, name: r.name, slug: r.slug, missing: r.conversion.missing })),
  };
  return { currency, rows: sorted, total, categories, sort, investments: figures.investments };
}

export type ConsultantOverview = Awaited<ReturnType<typeof getConsultantOverview>>;
