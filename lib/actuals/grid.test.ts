import { describe, expect, it } from "vitest";
import { buildActualsGrid, driverLabels, forecastFromDefinition, recordedSource, type GridActual, type GridKpi } from "./grid";

const actual = (period: string, cost = "100.00", benefit = "50.00"): GridActual => ({
  period,
  cost,
  benefit,
  benefitByDriver: null,
  note: "",
  revision: 1,
  recordedByName: "Sam",
  updatedAt: "2026-03-02T10:00:00.000Z",
  planVersion: 1,
});

const kpi = (measurements: GridKpi["measurements"]): GridKpi => ({
  id: "k1",
  name: "Conversion rate",
  unit: "%",
  direction: "up",
  baseline: "1.8",
  target: "2.9",
  measurements,
});

const base = {
  startMonth: "2026-01",
  horizonMonths: 24,
  currentPeriod: "2026-04",
  actuals: [],
  kpis: [],
  forecast: null,
};

describe("buildActualsGrid", () => {
  it("has one row per month from the start up to the current month", () => {
    const grid = buildActualsGrid(base);
    expect(grid.rows.map((r) => [r.period, r.monthNumber])).toEqual([
      ["2026-01", 1],
      ["2026-02", 2],
      ["2026-03", 3],
      ["2026-04", 4],
    ]);
  });

  it("stops at the end of the horizon", () => {
    const grid = buildActualsGrid({ ...base, startMonth: "2025-11", horizonMonths: 3, currentPeriod: "2026-08" });
    expect(grid.rows.map((r) => r.period)).toEqual(["2025-11", "2025-12", "2026-01"]);
  });

  it("has no rows before the investment starts", () => {
    expect(buildActualsGrid({ ...base, startMonth: "2026-06" }).rows).toEqual([]);
  });

  it("marks months without a row as missing, never as zero", () => {
    const grid = buildActualsGrid({ ...base, actuals: [actual("2026-02", "0.00", "0.00")] });
    expect(grid.rows.map((r) => r.status)).toEqual(["missing", "recorded", "missing", "missing"]);
    expect(grid.rows[0].actual).toBeNull();
    expect(grid.rows[1].actual).toMatchObject({ cost: "0.00", benefit: "0.00", revision: 1 });
  });

  it("lists recorded months that fall outside the shown range", () => {
    const grid = buildActualsGrid({
      ...base,
      horizonMonths: 2,
      actuals: [actual("2026-03"), actual("2026-01"), actual("2025-12")],
    });
    expect(grid.hiddenRecordedMonths).toEqual(["2025-12", "2026-03"]);
  });

  it("carries a KPI value forward until the next measurement, flagged as carried", () => {
    const grid = buildActualsGrid({
      ...base,
      currentPeriod: "2026-05",
      kpis: [
        kpi([
          { period: "2026-04", value: "2.4" },
          { period: "2026-02", value: "2.1" },
        ]),
      ],
    });
    expect(grid.rows.map((r) => r.kpis.k1)).toEqual([
      null,
      { value: "2.1", carried: false },
      { value: "2.1", carried: true, fromPeriod: "2026-02" },
      { value: "2.4", carried: false },
      { value: "2.4", carried: true, fromPeriod: "2026-04" },
    ]);
  });

  it("puts the forecast of each month beside it", () => {
    const forecast = [
      { period: "2026-01", cost: 12500, benefit: 0 },
      { period: "2026-02", cost: 500, benefit: 2000 },
    ];
    const grid = buildActualsGrid({ ...base, currentPeriod: "2026-03", forecast });
    expect(grid.rows.map((r) => r.forecast)).toEqual([{ cost: 12500, benefit: 0 }, { cost: 500, benefit: 2000 }, null]);
  });
});

const definition = {
  name: "AI lead scoring",
  currency: "EUR",
  startMonth: "2026-01",
  horizonMonths: 12,
  costs: [
    { kind: "oneTime", label: "Implementation", amount: 12000, month: 1 },
    { kind: "recurring", label: "Licence", monthly: 500 },
  ],
  benefits: [
    { kind: "fixed", label: "Saved agency fee", monthly: 2000, fromMonth: 3 },
    { kind: "timeSaving", label: "Intake form", minutesPerUnit: 15, unitsPerMonth: 80, hourlyRate: 60 },
  ],
  scenarios: { conservative: 0.5, expected: 1, optimistic: 2 },
};

describe("forecastFromDefinition", () => {
  it("gives the expected scenario per month, from the engine", () => {
    const forecast = forecastFromDefinition(definition);
    expect(forecast).toHaveLength(12);
    expect(forecast?.slice(0, 3)).toEqual([
      { period: "2026-01", cost: 12500, benefit: 1200 },
      { period: "2026-02", cost: 500, benefit: 1200 },
      { period: "2026-03", cost: 500, benefit: 3200 },
    ]);
  });

  it("is null for a plan the engine rejects", () => {
    expect(forecastFromDefinition({ ...definition, horizonMonths: 0 })).toBeNull();
  });
});

describe("driverLabels", () => {
  it("lists the plan's benefit labels once each", () => {
    const twice = {
      ...definition,
      benefits: [...definition.benefits, { kind: "fixed", label: "Saved agency fee", monthly: 1 }],
    };
    expect(driverLabels(twice)).toEqual(["Saved agency fee", "Intake form"]);
    expect(driverLabels({})).toEqual([]);
  });
});

describe("recordedSource", () => {
  it("labels where a month came from, with the API token's name", () => {
    expect(["ui", "csv", "import", "api:Zapier sync", "api:"].map(recordedSource)).toEqual([
      { key: "ui", name: "" },
      { key: "csv", name: "" },
      { key: "import", name: "" },
      { key: "api", name: "Zapier sync" },
      { key: "api", name: "" },
    ]);
  });

  it("reads a save answer without a source, or an unknown one, as typed in", () => {
    expect(recordedSource(undefined)).toEqual({ key: "ui", name: "" });
    expect(recordedSource("telepathy")).toEqual({ key: "ui", name: "" });
  });
});
