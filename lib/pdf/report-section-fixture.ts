// Investments for the tests of one investment's report section (model, layout, PDF text).
import { periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import type { SourceInvestment } from "./report-model";

export const SECTION_TODAY = new Date("2026-11-15T12:00:00Z");

type Actual = { cost: number; benefit: number };

/**
 * "Invoice scanning": start 2026-01, a one-time set-up of 1,200 in month 1 (range ×0.9–×1.5)
 * and savings of 100 a month (range ×0.5–×1.2); no discount rate of its own. Plan version 1,
 * in force for every recorded month. `actuals[i]` is month i + 1.
 */
export function sectionInvestment(input: {
  horizonMonths?: number;
  actuals: Actual[];
  ranges?: boolean;
  name?: string;
}): SourceInvestment {
  const horizonMonths = input.horizonMonths ?? 24;
  const ranges = input.ranges ?? true;
  const definition = {
    name: input.name ?? "Invoice scanning",
    currency: "EUR",
    startMonth: "2026-01",
    horizonMonths,
    costs: [
      {
        kind: "oneTime",
        label: "Set-up",
        amount: 1200,
        month: 1,
        ...(ranges ? { range: { low: 0.9, high: 1.5 } } : {}),
      },
    ],
    benefits: [
      { kind: "fixed", label: "Savings", monthly: 100, ...(ranges ? { range: { low: 0.5, high: 1.2 } } : {}) },
    ],
  };
  return {
    id: "inv-scan",
    workspaceId: "ws",
    name: definition.name,
    status: "active",
    category: "process",
    ownerName: "Marieke de Vries",
    currency: "EUR",
    startMonth: periodToDate("2026-01"),
    horizonMonths,
    archivedAt: null,
    plan: { costs: definition.costs, benefits: definition.benefits },
    versions: [{ id: "v1", version: 1, definition }],
    kpis: [
      {
        name: "Invoices per hour",
        unit: "",
        baseline: "12",
        target: "30",
        direction: "up",
        measurements: [{ month: periodToDate("2026-03"), value: "21" }],
      },
    ],
    actuals: input.actuals.map((a, i) => ({
      month: periodToDate(periodOfMonthNumber("2026-01", i + 1)),
      cost: String(a.cost),
      benefit: String(a.benefit),
      planVersionId: "v1",
      updatedAt: SECTION_TODAY,
    })),
  };
}
