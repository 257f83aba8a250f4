// English words of the value leaks. The sentences are the engine's former messages, word
// for word; only figures and periods are now formatted in the reader's locale.
import type { LeakCatalogue } from "./leak-message-types";

function describeMonths(months: readonly number[]): string {
  if (months.length === 0) return "no months";
  if (months.length === 1) return `month ${months[0]}`;
  const contiguous = months.every((m, i) => i === 0 || m === months[i - 1] + 1);
  if (contiguous) return `months ${months[0]}–${months[months.length - 1]}`;
  return `months ${months.join(", ")}`;
}

const unit = (value: string | null) => (value ? ` ${value}` : "");

export const en: LeakCatalogue = {
  describeMonths,
  unknownCode: "A value leak was found.",
  codes: {
    UNDER_FORECAST: {
      finding: (p, f) =>
        `Realised benefit is ${f.pct(p.belowPct)} below forecast (${f.money(p.shortfall)} short after ${describeMonths(p.months)}).`,
      findingWithoutParams: () => "Realised benefit is below forecast.",
      nextStep: "Find the benefit driver that lags, fix it, or lower the forecast honestly.",
    },
    COST_OVERRUN: {
      finding: (p, f) =>
        `Costs are ${p.abovePct === null ? "above a plan of zero" : `${f.pct(p.abovePct)} above plan`} (${f.money(p.overrun)} over).`,
      findingWithoutParams: () => "Costs are above plan.",
      nextStep: "Find the cost item that runs over and renegotiate, stop or re-budget it.",
    },
    MISSING_ACTUALS: {
      finding: (p, f) => `No actual figures for ${describeMonths(p.months)} (${p.periods.map(f.period).join(", ")}).`,
      findingWithoutParams: () => "Some past months have no actual figures.",
      nextStep: "Record cost and benefit for these months so realised ROI can be measured against the forecast.",
    },
    NO_BASELINE: {
      finding: () => "No KPI has a baseline measurement, so the benefit cannot be proven.",
      findingWithoutParams: () => "No KPI has a baseline measurement, so the benefit cannot be proven.",
      nextStep:
        "Measure the KPI this investment should move (conversion rate, hours per week, support tickets, CAC…) and record it as baseline now.",
    },
    KPI_REGRESSION: {
      finding: (p, f, kpi) =>
        `${kpi ? `"${kpi}"` : "A KPI"} moved the wrong way: ${f.number(p.value)}${unit(p.unit)} in month ${p.month} ` +
        `against a baseline of ${f.number(p.baseline)}${unit(p.unit)} (it should go ${p.direction}).`,
      findingWithoutParams: (kpi) => (kpi ? `"${kpi}" moved the wrong way.` : "A KPI moved the wrong way."),
      nextStep: "Find out what changed and fix it before the planned benefit is lost.",
    },
    PAYBACK_SLIP: {
      finding: (p, f) =>
        `${
          p.projectedMonth === null
            ? "At the current pace it will not pay back within the horizon"
            : `Payback is now projected for month ${p.projectedMonth}`
        }, while month ${p.plannedMonth} (${f.period(p.plannedPeriod)}) was planned.`,
      findingWithoutParams: () => "Payback is later than planned.",
      nextStep: "Raise the monthly benefit or cut running costs, or re-plan and tell the stakeholders.",
    },
    ZOMBIE_COST: {
      finding: (p, f) =>
        `Running costs of ${f.money(p.runningCostMonthly)} a month continue while the benefit is about zero in ${describeMonths(p.months)}.`,
      findingWithoutParams: () => "Running costs continue while the benefit is about zero.",
      nextStep: "Check whether the tool or service is actually used; fix adoption or cancel it.",
    },
    NEGATIVE_AFTER_RAMP: {
      finding: (p, f) =>
        `The planned ramp-up ended in month ${p.rampEndMonth}, but cumulative ROI is still ${f.pct(p.roiPct)} in month ${p.month}.`,
      findingWithoutParams: () => "Cumulative ROI is still negative after the planned ramp-up.",
      nextStep: "Check whether the benefits will still come; redesign, scale down or stop the investment.",
    },
  },
};
