import { evaluateDefinition, expandTemplate, parseDefinition } from "@/lib/roi";
import { monthNumberOf, periodOfMonthNumber } from "@/lib/investments/months";

// The actuals grid as data: which months can be recorded, what was recorded, what the
// plan expected, and which KPI values are measured versus carried forward. Pure, so the
// rules ("missing is never zero", "carried is not measured") are tested without React.

export type GridActual = {
  period: string;
  cost: string;
  benefit: string;
  benefitByDriver: Record<string, string> | null;
  note: string;
  revision: number;
  recordedByName: string;
  /** ISO timestamp of the last save. */
  updatedAt: string;
  /** The plan version in force when the month was saved (null: saved while a draft). */
  planVersion: number | null;
  /**
   * Where the values came from: "ui", "csv", "import" or "api:<token name>". A save answer
   * of the grid may not say; that month was typed in.
   */
  source?: string;
};

/** A month's source as the grid labels it ("CSV import", "API: Zapier"): a message key and the token's name. */
export type RecordedSource = { key: "ui" | "csv" | "import" | "api"; name: string };

/** Anything unknown reads as typed in, the column's default. */
export function recordedSource(source: string | undefined): RecordedSource {
  if (source === "csv" || source === "import") return { key: source, name: "" };
  if (source?.startsWith("api:")) return { key: "api", name: source.slice("api:".length) };
  return { key: "ui", name: "" };
}

export type GridKpi = {
  id: string;
  name: string;
  unit: string;
  direction: "up" | "down";
  baseline: string | null;
  target: string | null;
  measurements: { period: string; value: string }[];
};

export type ForecastMonth = { period: string; cost: number; benefit: number };

export type KpiCell = { value: string; carried: false } | { value: string; carried: true; fromPeriod: string } | null;

export type GridRow = {
  period: string;
  monthNumber: number;
  status: "recorded" | "missing";
  actual: GridActual | null;
  forecast: { cost: number; benefit: number } | null;
  kpis: Record<string, KpiCell>;
};

export type ActualsGridModel = {
  rows: GridRow[];
  /** Recorded months the grid does not show (the horizon was shortened, or the start moved). */
  hiddenRecordedMonths: string[];
};

type GridInput = {
  startMonth: string;
  horizonMonths: number;
  /** The current calendar month, "YYYY-MM": later months cannot be recorded yet. */
  currentPeriod: string;
  actuals: GridActual[];
  kpis: GridKpi[];
  forecast: ForecastMonth[] | null;
};

/** One row per month from the start to the end of the horizon or the current month, whichever is first. */
export function buildActualsGrid(input: GridInput): ActualsGridModel {
  const lastNumber = Math.min(input.horizonMonths, monthNumberOf(input.startMonth, input.currentPeriod));
  const periods = Array.from({ length: Math.max(0, lastNumber) }, (_, i) =>
    periodOfMonthNumber(input.startMonth, i + 1),
  );
  const shown = new Set(periods);
  const actualByPeriod = new Map(input.actuals.map((a) => [a.period, a]));
  const forecastByPeriod = new Map((input.forecast ?? []).map((f) => [f.period, f]));
  const kpiCells = input.kpis.map((kpi) => ({ id: kpi.id, cells: carryForward(kpi.measurements, periods) }));

  const rows = periods.map((period, index): GridRow => {
    const actual = actualByPeriod.get(period) ?? null;
    const forecast = forecastByPeriod.get(period);
    return {
      period,
      monthNumber: index + 1,
      status: actual ? "recorded" : "missing",
      actual,
      forecast: forecast ? { cost: forecast.cost, benefit: forecast.benefit } : null,
      kpis: Object.fromEntries(kpiCells.map(({ id, cells }) => [id, cells[index]])),
    };
  });
  const hiddenRecordedMonths = input.actuals
    .map((a) => a.period)
    .filter((period) => !shown.has(period))
    .sort();
  return { rows, hiddenRecordedMonths };
}

/** Per period: the value measured that month, else the last earlier measurement marked carried, else none. */
function carryForward(measurements: GridKpi["measurements"], periods: string[]): KpiCell[] {
  const sorted = [...measurements].sort((a, b) => a.period.localeCompare(b.period));
  let next = 0;
  let last: { period: string; value: string } | null = null;
  return periods.map((period) => {
    while (next < sorted.length && sorted[next].period <= period) last = sorted[next++];
    if (!last) return null;
    return last.period === period
      ? { value: last.value, carried: false }
      : { value: last.value, carried: true, fromPeriod: last.period };
  });
}

/** The expected scenario's monthly cost and benefit for a format v1 plan; null when the plan cannot be evaluated. */
export function forecastFromDefinition(definition: unknown): ForecastMonth[] | null {
  const parsed = parseDefinition(definition);
  if (!parsed.ok) return null;
  // asOfMonth only affects leak detection, which the grid does not use; fixing it keeps this pure.
  const expected = evaluateDefinition(parsed.definition, { asOfMonth: 1 }).scenarios.expected;
  return expected ? expected.months.map((m) => ({ period: m.period, cost: m.cost, benefit: m.benefit })) : null;
}

/** The plan's benefit labels (template benefits included): the drivers a month's benefit can be split into. */
export function driverLabels(definition: unknown): string[] {
  const parsed = parseDefinition(definition);
  if (!parsed.ok) return [];
  const expansion = expandTemplate(parsed.definition);
  const benefits = [...parsed.definition.benefits, ...(expansion?.benefits ?? [])];
  return [...new Set(benefits.map((benefit) => benefit.label))];
}
