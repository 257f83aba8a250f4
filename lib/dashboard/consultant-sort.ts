import type { Role } from "@/lib/auth/roles";

// The consultant overview is sorted on the server from `?sort=…&dir=…`, so a sorted view
// is a link anyone can share. Only these keys are accepted; anything else falls back to
// the default (most money at stake first).

export const OVERVIEW_SORT_KEYS = ["name", "role", "actualRoi", "forecastRoi", "net", "openLeaks", "atStake", "missingMonths", "lastUpdate", "accuracy"] as const;
export type OverviewSortKey = (typeof OVERVIEW_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";
export type OverviewSort = { sort: OverviewSortKey; direction: SortDirection };

export const DEFAULT_OVERVIEW_SORT: OverviewSort = { sort: "atStake", direction: "desc" };

/** The fields of a row the sort reads. */
export type SortableOverviewRow = {
  name: string;
  role: Role;
  actualRoiPct: number | null;
  forecastRoiPct: number | null;
  net: number;
  openLeaks: number;
  atStakeMonthly: number;
  missingMonths: number;
  lastUpdate: Date | null;
  /** Forecast accuracy; sorted by its mean absolute error (MAPE). */
  accuracy?: { mapePct: number | null };
};

const ROLE_ORDER: Record<Role, number> = { owner: 0, editor: 1, viewer: 2 };

const VALUE: Record<OverviewSortKey, (row: SortableOverviewRow) => number | string | null> = {
  name: (row) => row.name,
  role: (row) => ROLE_ORDER[row.role],
  actualRoi: (row) => row.actualRoiPct,
  forecastRoi: (row) => row.forecastRoiPct,
  net: (row) => row.net,
  openLeaks: (row) => row.openLeaks,
  atStake: (row) => row.atStakeMonthly,
  missingMonths: (row) => row.missingMonths,
  lastUpdate: (row) => row.lastUpdate?.getTime() ?? null,
  accuracy: (row) => row.accuracy?.mapePct ?? null,
};

/** Names and roles read best A→Z / owner first; figures read best largest first. */
export const defaultDirectionOf = (key: OverviewSortKey): SortDirection => (key === "name" || key === "role" ? "asc" : "desc");

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads `sort` and `dir` from the query string, whitelisted. */
export function parseOverviewSort(params: { sort?: string | string[]; dir?: string | string[] }): OverviewSort {
  const key = first(params.sort);
  if (!key || !(OVERVIEW_SORT_KEYS as readonly string[]).includes(key)) return DEFAULT_OVERVIEW_SORT;
  const sort = key as OverviewSortKey;
  const dir = first(params.dir);
  return { sort, direction: dir === "asc" || dir === "desc" ? dir : defaultDirectionOf(sort) };
}

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === "string" || typeof b === "string") return collator.compare(String(a), String(b));
  return a - b;
}

/**
 * Sorts a copy of the rows. Missing values (no ROI yet, never updated) go last in both
 * directions, so flipping the order never puts empty workspaces on top; ties fall back to
 * the name so the order is stable between requests.
 */
export function sortOverviewRows<T extends SortableOverviewRow>(rows: T[], { sort, direction }: OverviewSort): T[] {
  const value = VALUE[sort];
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const order = compareValues(va, vb) * sign;
      if (order !== 0) return order;
    }
    return collator.compare(a.name, b.name);
  });
}

/** The link target of a column header: flip the sorted column, otherwise its natural direction. */
export function nextSortOf(key: OverviewSortKey, current: OverviewSort): OverviewSort {
  if (key !== current.sort) return { sort: key, direction: defaultDirectionOf(key) };
  return { sort: key, direction: current.direction === "asc" ? "desc" : "asc" };
}
