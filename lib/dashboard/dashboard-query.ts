import { CATEGORIES, type InvestmentCategory } from "@/lib/investments/schemas";
import { DEFAULT_INVESTMENT_SORT, INVESTMENT_SORTS, type InvestmentSort, type InvestmentSortKey } from "@/lib/portfolio/stored-figures";

// The dashboard's state lives in the URL (category, sort, dir, page, currency), so a view
// can be bookmarked and shared. Anything unknown falls back to the default.

export type DashboardQuery = {
  category: InvestmentCategory | null;
  sort: InvestmentSort;
  page: number;
  /** The requested reporting currency; null: the workspace's. Checked against the investments' currencies by lib/portfolio. */
  currency: string | null;
};

export type SearchParams = Record<string, string | string[] | undefined>;

/** Sorts that reveal nothing about amounts, for percentages-only share links. */
export const PERCENT_ONLY_SORTS: readonly InvestmentSortKey[] = ["name", "status", "forecastRoi", "actualRoi", "payback", "start"];
export const PERCENT_ONLY_DEFAULT_SORT: InvestmentSort = { sort: "name", direction: "asc" };

/** The first direction of a column: text and dates A→Z / oldest first, figures largest first. */
export const firstDirectionOf = (key: InvestmentSortKey): InvestmentSort["direction"] =>
  key === "name" || key === "status" || key === "start" || key === "payback" ? "asc" : "desc";

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseDashboardQuery(params: SearchParams, options: { percentOnly?: boolean } = {}): DashboardQuery {
  const allowed = options.percentOnly ? PERCENT_ONLY_SORTS : INVESTMENT_SORTS;
  const fallback = options.percentOnly ? PERCENT_ONLY_DEFAULT_SORT : DEFAULT_INVESTMENT_SORT;
  const category = CATEGORIES.find((c) => c === single(params.category)) ?? null;
  const key = allowed.find((s) => s === single(params.sort));
  const dir = single(params.dir);
  const sort: InvestmentSort = key ? { sort: key, direction: dir === "asc" || dir === "desc" ? dir : firstDirectionOf(key) } : fallback;
  const rawPage = single(params.page) ?? "";
  const page = /^[1-9][0-9]{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
  const rawCurrency = single(params.currency) ?? "";
  const currency = /^[A-Z]{3}$/.test(rawCurrency) ? rawCurrency : null;
  return { category, sort, page, currency };
}

/**
 * The query string of a dashboard view: `query` with `change` applied, defaults left out.
 * Changing anything but the page goes back to page 1.
 */
export function dashboardSearch(query: DashboardQuery, change: Partial<DashboardQuery>, options: { percentOnly?: boolean } = {}): string {
  const next: DashboardQuery = { ...query, ...change, page: change.page ?? 1 };
  const fallback = options.percentOnly ? PERCENT_ONLY_DEFAULT_SORT : DEFAULT_INVESTMENT_SORT;
  const params = new URLSearchParams();
  if (next.category) params.set("category", next.category);
  if (next.currency) params.set("currency", next.currency);
  if (next.sort.sort !== fallback.sort || next.sort.direction !== fallback.direction) {
    params.set("sort", next.sort.sort);
    params.set("dir", next.sort.direction);
  }
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The settings a form that changes the category carries over (as hidden fields). */
export function keptParams(query: DashboardQuery, options: { percentOnly?: boolean } = {}): Record<string, string> {
  const search = new URLSearchParams(dashboardSearch(query, { category: null }, options));
  return Object.fromEntries(search.entries());
}

/** The sort a column header links to: the other direction when it is the current column. */
export function nextSortOf(current: InvestmentSort, key: InvestmentSortKey): InvestmentSort {
  if (current.sort === key) return { sort: key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { sort: key, direction: firstDirectionOf(key) };
}
