// The discounted figures and the uncertainty of one investment, as blocks (report-layout.ts).
import type { UiLocale } from "@/lib/i18n/locales";
import { formatMoney, formatNumber, formatPercent, formatPeriod } from "./formatters";
import { figuresBlock } from "./report-figure-blocks";
import type { ReportDiscounted, ReportSimulation } from "./report-investment-model";
import { CONTENT, type Block } from "./report-layout";
import { colors, headingBlock, paragraphBlock } from "./report-parts";
import { Painted, paintLines, paintRule, paintText, paragraphLines, type TextLine } from "./report-paint";
import { lineHeight } from "./text-metrics";
import { reportTexts } from "./texts";

/** Why there is no single IRR, with the roots when there are several ("12,00% en 250,00%"). */
export function irrReason(discounted: ReportDiscounted, locale: UiLocale): string | null {
  if (discounted.irrPct !== null || discounted.irrNullReason === null) return null;
  const roots = discounted.irrRootsPct.map((r) => formatPercent(r, locale));
  const joined =
    roots.length <= 1
      ? roots.join("")
      : `${roots.slice(0, -1).join(", ")} ${locale === "nl" ? "en" : "and"} ${roots.at(-1)}`;
  return reportTexts(locale).investment.irrNone[discounted.irrNullReason](joined);
}

/** NPV at the rate (and where the rate came from), IRR (or why none), discounted payback month. */
export function discountedBlocks(discounted: ReportDiscounted, currency: string, locale: UiLocale): Block[] {
  const t = reportTexts(locale).investment;
  const rate = `${formatPercent(discounted.ratePct, locale)} (${t.rateSources[discounted.rateSource]})`;
  const reason = irrReason(discounted, locale);
  return [
    headingBlock(t.discountedTitle, "h3"),
    figuresBlock([
      { label: t.npvAt(rate), value: formatMoney(discounted.npv, locale, currency) },
      { label: t.irr, value: discounted.irrPct === null ? "—" : formatPercent(discounted.irrPct, locale) },
      {
        label: t.discountedPayback,
        value:
          discounted.discountedPaybackPeriod === null
            ? t.notWithinHorizon
            : formatPeriod(discounted.discountedPaybackPeriod, locale),
      },
    ]),
    ...(reason ? [paragraphBlock(`${t.irr}: ${reason}`, { muted: true, marginBottom: 4 })] : []),
  ];
}

const CELL = { fontSize: 9 };
const LABEL_COLUMN = 170;
const VALUE_COLUMN = (CONTENT.width - LABEL_COLUMN) / 3;

/** P10/P50/P90 of ROI and NPV as a small table, the probability of payback, labelled as an estimate. */
function simulationBlock(simulation: ReportSimulation, currency: string, locale: UiLocale): Block {
  const t = reportTexts(locale).investment;
  const money = (v: string | null) => (v === null ? "—" : formatMoney(v, locale, currency));
  const pct = (v: number | null) => formatPercent(v, locale);
  const rows = [
    ["", "P10", "P50", "P90"],
    [t.percentileRows.roi, pct(simulation.roiPct.p10), pct(simulation.roiPct.p50), pct(simulation.roiPct.p90)],
    [t.percentileRows.npv, money(simulation.npv.p10), money(simulation.npv.p50), money(simulation.npv.p90)],
  ];
  const label = t.estimate(simulation.seed, formatNumber(simulation.draws, locale));
  const probability = t.paybackProbability(formatPercent(simulation.paybackProbabilityPct, locale));
  const row = lineHeight(CELL.fontSize) + 4.5;
  const top = paragraphLines([{ text: label }], { size: 8, color: colors.muted, marginBottom: 3 });
  const bottom = [
    ...paragraphLines([{ text: probability }], { size: 10, face: "bold", marginTop: 4 }),
    ...paragraphLines([{ text: t.percentileNote }], { size: 8, color: colors.muted, marginBottom: 4 }),
  ];
  const sum = (lines: TextLine[]) => lines.reduce((a, l) => a + l.height, 0);
  const height = sum(top) + rows.length * row + sum(bottom);
  return {
    height,
    node: (
      <Painted
        height={height}
        paint={(p) => {
          let y = paintLines(p, top, 0);
          rows.forEach((cells, r) => {
            cells.forEach((cell, c) =>
              paintText(p, cell, c === 0 ? 0 : LABEL_COLUMN + c * VALUE_COLUMN, y + 2, {
                size: CELL.fontSize,
                face: r === 0 ? "bold" : "regular",
                color: colors.ink,
                align: c === 0 ? "left" : "right",
              }),
            );
            y += row;
            paintRule(
              p,
              0,
              CONTENT.width,
              y - (r === 0 ? 0.5 : 0.25),
              r === 0 ? 1 : 0.5,
              r === 0 ? colors.ink : colors.line,
            );
          });
          paintLines(p, bottom, y);
        }}
      />
    ),
  };
}

/** The uncertainty heading and the simulation, or what to do when no item has a range. */
export function uncertaintyBlocks(simulation: ReportSimulation | null, currency: string, locale: UiLocale): Block[] {
  const t = reportTexts(locale).investment;
  return [
    headingBlock(t.uncertaintyTitle, "h3"),
    simulation ? simulationBlock(simulation, currency, locale) : paragraphBlock(t.noRanges, { muted: true }),
  ];
}
