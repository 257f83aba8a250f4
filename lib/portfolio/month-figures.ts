import { getDb } from "@/lib/db/client";
import { dateToPeriod, periodToDate } from "@/lib/investments/months";
import type { LeakThresholds } from "@/lib/roi";
import { amountOf, centsOf, roiPctOfCents } from "./cent-figures";

// The month view's money, read from the stored portfolio: per investment from its
// InvestmentMonth rows of the month and the month before (≤ 2 rows per investment), per
// currency from WorkspaceMonth (months × categories). Never from the actual rows. Totals and
// the realised value count approved (and later) plans only, one line per currency. Money
// stays exact in integer cents (cent-figures.ts) until it becomes a display number.

/** A money figure in the month and the month before; `change` only when both were recorded. */
export type FigureChange = { current: number | null; previous: number | null; change: number | null };
/** Cumulative actual ROI at the end of each month, and the change in percentage points. */
export type RoiChange = { current: number | null; previous: number | null; changePp: number | null };
export type MonthChange = {
  cost: FigureChange;
  benefit: FigureChange;
  roi: RoiChange;
  recorded: number;
  previousRecorded: number;
};
/** One investment's change; drafts (`counted` false) are listed but never in a total. */
export type InvestmentChange = MonthChange & { investmentId: string; name: string; currency: string; counted: boolean };
/** The counted plans of one currency. */
export type CurrencyChange = MonthChange & { currency: string };
/** The month's realised value in one currency: benefit − cost of the counted plans' actuals for it. */
export type RealisedLine = { currency: string; cost: number; benefit: number; net: number; investments: number };

/** Sums in cents; null: nothing recorded that month (missing is never zero). */
export type Sums = { cost: bigint | null; benefit: bigint | null; recorded: number; cumCost: bigint; cumBenefit: bigint };

const cents = (text: string | null) => (text === null ? BigInt(0) : centsOf(text));

function figureChange(current: bigint | null, previous: bigint | null): FigureChange {
  return {
    current: current === null ? null : amountOf(current),
    previous: previous === null ? null : amountOf(previous),
    change: current === null || previous === null ? null : amountOf(current - previous),
  };
}

/** The change of the printed (rounded) ROIs, so the three figures on screen agree exactly. */
function roiChange(now: Sums, before: Sums): RoiChange {
  const current = roiPctOfCents(now.cumCost, now.cumBenefit);
  const previous = roiPctOfCents(before.cumCost, before.cumBenefit);
  return {
    current,
    previous,
    changePp:
      current === null || previous === null
        ? null
        : amountOf(centsOf(current.toFixed(2)) - centsOf(previous.toFixed(2))),
  };
}

function monthChange(now: Sums, before: Sums): MonthChange {
  return {
    cost: figureChange(now.cost, before.cost),
    benefit: figureChange(now.benefit, before.benefit),
    roi: roiChange(now, before),
    recorded: now.recorded,
    previousRecorded: before.recorded,
  };
}

export type MonthContext = {
  slug: string;
  currency: string;
  leakThresholds: Partial<LeakThresholds>;
  firstStart: string | null;
};

/** The workspace's slug, currency and leak thresholds, and the earliest start of its current investments (one query). */
export async function findMonthContext(workspaceId: string): Promise<MonthContext | null> {
  const rows = await getDb().$queryRaw<
    { slug: string; currency: string; leakThresholds: unknown; first: Date | null }[]
  >`
    SELECT w.slug, w.currency, w."leakThresholds", MIN(i."startMonth") AS first
    FROM "Workspace" w LEFT JOIN "Investment" i ON i."workspaceId" = w.id AND i."archivedAt" IS NULL
    WHERE w.id = ${workspaceId}
    GROUP BY w.id`;
  const row = rows[0];
  if (!row) return null;
  return {
    slug: row.slug,
    currency: row.currency,
    leakThresholds: (row.leakThresholds ?? {}) as Partial<LeakThresholds>,
    firstStart: row.first ? dateToPeriod(row.first) : null,
  };
}

type MonthColumns = {
  recorded: boolean | null;
  cost: string | null;
  benefit: string | null;
  cumCost: string | null;
  cumBenefit: string | null;
};
type InvestmentMonthsRow = { investmentId: string; name: string; currency: string; counted: boolean } & {
  [K in keyof MonthColumns as `now${Capitalize<K>}` | `before${Capitalize<K>}`]: MonthColumns[K];
};

/** An investment's sums for one month; a missing row (null columns) has no actuals. */
function sumsOf(
  recorded: boolean | null,
  cost: string | null,
  benefit: string | null,
  cum: { cost: string | null; benefit: string | null },
): Sums {
  return {
    cost: recorded ? cents(cost) : null,
    benefit: recorded ? cents(benefit) : null,
    recorded: recorded ? 1 : 0,
    cumCost: cents(cum.cost),
    cumBenefit: cents(cum.benefit),
  };
}

/**
 * Per current investment with actuals in `period` or the month before (drafts included and
 * flagged): money and cumulative ROI against the month before, in the dashboard's order.
 * One query, two InvestmentMonth rows per investment at most (primary-key lookups).
 */
export async function compareInvestmentMonths(
  workspaceId: string,
  months: { period: string; previous: string },
): Promise<InvestmentChange[]> {
  const rows = await getDb().$queryRaw<InvestmentMonthsRow[]>`
    SELECT f."investmentId", f.name, f.currency, f.counted,
      n.recorded AS "nowRecorded", n."actualCost"::text AS "nowCost", n."actualBenefit"::text AS "nowBenefit",
      n."cumCost"::text AS "nowCumCost", n."cumBenefit"::text AS "nowCumBenefit",
      b.recorded AS "beforeRecorded", b."actualCost"::text AS "beforeCost", b."actualBenefit"::text AS "beforeBenefit",
      b."cumCost"::text AS "beforeCumCost", b."cumBenefit"::text AS "beforeCumBenefit"
    FROM "InvestmentFigures" f
    LEFT JOIN "InvestmentMonth" n ON n."investmentId" = f."investmentId" AND n."workspaceId" = f."workspaceId" AND n.month = ${periodToDate(months.period)}::date
    LEFT JOIN "InvestmentMonth" b ON b."investmentId" = f."investmentId" AND b."workspaceId" = f."workspaceId" AND b.month = ${periodToDate(months.previous)}::date
    WHERE f."workspaceId" = ${workspaceId} AND NOT f.archived AND (n.recorded OR b.recorded)
    ORDER BY f."startMonth", f.name, f."investmentId"`;
  return rows.map((r) => {
    const before = sumsOf(r.beforeRecorded, r.beforeCost, r.beforeBenefit, {
      cost: r.beforeCumCost,
      benefit: r.beforeCumBenefit,
    });
    // An investment's months run without gaps from its first to its last: a month after the
    // last has the running sums of the last, a month before the first has none.
    const nowCum =
      r.nowRecorded === null
        ? { cost: r.beforeCumCost, benefit: r.beforeCumBenefit }
        : { cost: r.nowCumCost, benefit: r.nowCumBenefit };
    const now = sumsOf(r.nowRecorded, r.nowCost, r.nowBenefit, nowCum);
    return {
      investmentId: r.investmentId,
      name: r.name,
      currency: r.currency,
      counted: r.counted,
      ...monthChange(now, before),
    };
  });
}

/** One currency's sums of the counted plans in the month (`now`) and the month before, with the running sums up to each. */
export type CurrencySums = { currency: string; now: Sums; before: Sums };

type CurrencyRow = {
  currency: string;
  cost: string | null;
  benefit: string | null;
  recorded: number;
  prevCost: string | null;
  prevBenefit: string | null;
  prevRecorded: number;
  cumCost: string | null;
  cumBenefit: string | null;
  prevCumCost: string | null;
  prevCumBenefit: string | null;
};

/**
 * Per currency, the counted plans' month and month before: the totals of the changes
 * (currencies with actuals in either month) and the month's realised value (currencies
 * with actuals in it). One query over WorkspaceMonth.
 */
export async function sumCurrencyMonths(
  workspaceId: string,
  months: { period: string; previous: string },
): Promise<{ totals: CurrencyChange[]; realised: RealisedLine[]; sums: CurrencySums[] }> {
  const period = periodToDate(months.period);
  const previous = periodToDate(months.previous);
  const rows = await getDb().$queryRaw<CurrencyRow[]>`
    SELECT currency,
      (SUM("actualCost") FILTER (WHERE month = ${period}::date))::text AS cost,
      (SUM("actualBenefit") FILTER (WHERE month = ${period}::date))::text AS benefit,
      COALESCE(SUM(recorded) FILTER (WHERE month = ${period}::date), 0)::int AS recorded,
      (SUM("actualCost") FILTER (WHERE month = ${previous}::date))::text AS "prevCost",
      (SUM("actualBenefit") FILTER (WHERE month = ${previous}::date))::text AS "prevBenefit",
      COALESCE(SUM(recorded) FILTER (WHERE month = ${previous}::date), 0)::int AS "prevRecorded",
      SUM("actualCost")::text AS "cumCost", SUM("actualBenefit")::text AS "cumBenefit",
      (SUM("actualCost") FILTER (WHERE month <= ${previous}::date))::text AS "prevCumCost",
      (SUM("actualBenefit") FILTER (WHERE month <= ${previous}::date))::text AS "prevCumBenefit"
    FROM "WorkspaceMonth"
    WHERE "workspaceId" = ${workspaceId} AND counted AND month <= ${period}::date
    GROUP BY currency ORDER BY currency`;
  const sums = (
    recorded: number,
    cost: string | null,
    benefit: string | null,
    cumCost: string | null,
    cumBenefit: string | null,
  ): Sums => ({
    cost: recorded > 0 ? cents(cost) : null,
    benefit: recorded > 0 ? cents(benefit) : null,
    recorded,
    cumCost: cents(cumCost),
    cumBenefit: cents(cumBenefit),
  });
  const totals: CurrencyChange[] = [];
  const realised: RealisedLine[] = [];
  const all: CurrencySums[] = [];
  for (const r of rows) {
    const now = sums(r.recorded, r.cost, r.benefit, r.cumCost, r.cumBenefit);
    const before = sums(r.prevRecorded, r.prevCost, r.prevBenefit, r.prevCumCost, r.prevCumBenefit);
    all.push({ currency: r.currency, now, before });
    if (now.recorded > 0 || before.recorded > 0) totals.push({ currency: r.currency, ...monthChange(now, before) });
    if (now.cost !== null && now.benefit !== null) {
      realised.push({
        currency: r.currency,
        cost: amountOf(now.cost),
        benefit: amountOf(now.benefit),
        net: amountOf(now.benefit - now.cost),
        investments: now.recorded,
      });
    }
  }
  return { totals, realised, sums: all };
}
