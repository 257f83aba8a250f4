// The roi command's --summary: the output document as a short English text for a person
// (per scenario the totals and discounted figures, then the tornado and the simulation).
// Figures are the document's own, only formatted; nothing is computed here.
import { formatMoney, formatNumber, formatPercent } from "../lib/i18n/format";
import type { RiskResult, RoiResult, ScenarioTotals, SensitivityPoint } from "../lib/roi/index";
import { formatPeriod } from "../lib/roi/index";

/** How many tornado drivers the summary lists (the JSON has all of them). */
export const SUMMARY_DRIVERS = 5;

const LABEL_WIDTH = 22;
const row = (label: string, value: string) => `  ${label.padEnd(LABEL_WIDTH)}${value}`;

function describeMonth(result: RoiResult, month: number | null): string {
  return month === null ? "not within the horizon" : `month ${month} (${formatPeriod(result.startMonth, month)})`;
}

function describeIrr(totals: ScenarioTotals): string {
  if (totals.irrPct !== null) return formatPercent(totals.irrPct, "en");
  switch (totals.irrNullReason) {
    case "NO_SIGN_CHANGE":
      return "none: the monthly net flows never change sign";
    case "NO_ROOT_IN_RANGE":
      return "none: no annual rate between -99.99% and 100,000% makes NPV zero";
    case "MULTIPLE_ROOTS":
      return `ambiguous: NPV is zero at ${totals.irrRootsPct.map((rate) => formatPercent(rate, "en")).join(", ")}`;
    default:
      return "none";
  }
}

function describeScenario(result: RoiResult, name: string, totals: ScenarioTotals, multiplier: number): string[] {
  const money = (value: number) => formatMoney(value, "en", result.currency);
  const rate = formatPercent(result.discountRatePct, "en");
  return [
    `${name[0].toUpperCase()}${name.slice(1)} scenario (benefits × ${formatNumber(multiplier, "en", 4)})`,
    row("Cost", money(totals.cost)),
    row("Benefit", money(totals.benefit)),
    row("Net", money(totals.net)),
    row("ROI", totals.roiPct === null ? "undefined (no cost)" : formatPercent(totals.roiPct, "en")),
    row("BCR", totals.bcr === null ? "undefined (no cost)" : formatNumber(totals.bcr, "en")),
    row("Payback", describeMonth(result, totals.paybackMonth)),
    row(`NPV at ${rate}`, money(totals.npv)),
    row("IRR", describeIrr(totals)),
    row("Discounted payback", describeMonth(result, totals.discountedPaybackMonth)),
  ];
}

function describeRisk(result: RoiResult, risk: RiskResult | undefined): string[] {
  if (!risk) return ["Sensitivity and simulation: not computed (--no-risk)."];
  const money = (value: number | null) => (value === null ? "—" : formatMoney(value, "en", result.currency));
  const point = (p: SensitivityPoint) => `NPV ${money(p.npv)}, ROI ${formatPercent(p.roiPct, "en")}`;
  const { sensitivity, simulation } = risk;
  const change = sensitivity.changePct;
  const lines = [
    `Sensitivity of the expected scenario (each driver at -${change}% and +${change}%; base ${point(sensitivity.base)})`,
  ];
  if (sensitivity.drivers.length === 0) lines.push("  No drivers.");
  const shown = sensitivity.drivers.slice(0, SUMMARY_DRIVERS);
  shown.forEach((driver, index) => {
    const clamped = driver.clamped ? " (kept within its allowed range)" : "";
    lines.push(`  ${index + 1}. ${driver.label} [${driver.path}]${clamped}`);
    lines.push(`       -${change}%: ${point(driver.low)}`);
    lines.push(`       +${change}%: ${point(driver.high)}`);
  });
  if (sensitivity.drivers.length > shown.length) {
    lines.push(`  … ${sensitivity.drivers.length - shown.length} more in the JSON output.`);
  }
  lines.push("");
  if (simulation === null) {
    lines.push("Simulation: no item has a range, so there is nothing to simulate.");
    return lines;
  }
  const percent = (value: number | null) => (value === null ? "undefined (no cost)" : formatPercent(value, "en"));
  lines.push(
    `Simulation (estimate, seed ${simulation.seed}, ${formatNumber(simulation.draws, "en", 0)} draws, ` +
      `${simulation.distribution} over ${simulation.rangedItems} ranged ${simulation.rangedItems === 1 ? "item" : "items"})`,
    row(
      "ROI",
      `P10 ${percent(simulation.roiPct.p10)} · P50 ${percent(simulation.roiPct.p50)} · P90 ${percent(simulation.roiPct.p90)}`,
    ),
    row(
      `NPV at ${formatPercent(result.discountRatePct, "en")}`,
      `P10 ${money(simulation.npv.p10)} · P50 ${money(simulation.npv.p50)} · P90 ${money(simulation.npv.p90)}`,
    ),
    row(
      "Payback probability",
      `${formatPercent(simulation.paybackProbabilityPct, "en")} within ${result.horizonMonths} months`,
    ),
  );
  return lines;
}

const RATE_SOURCE = { definition: "the definition's", workspace: "--discount-rate", default: "the engine's default" };

/** The whole summary, ending with a newline. */
export function renderSummary(result: RoiResult): string {
  const lines = [
    `${result.name} (${result.currency}, from ${result.startMonth}, ${result.horizonMonths} months)`,
    `Discount rate ${formatPercent(result.discountRatePct, "en")} a year (${RATE_SOURCE[result.discountRateSource]})`,
  ];
  for (const warning of result.warnings) lines.push(`Warning ${warning.code} at ${warning.path}: ${warning.message}`);
  for (const [name, scenario] of Object.entries(result.scenarios)) {
    if (!scenario) continue;
    lines.push("", ...describeScenario(result, name, scenario.totals, scenario.multiplier));
  }
  lines.push("", ...describeRisk(result, result.risk));
  return `${lines.join("\n")}\n`;
}
