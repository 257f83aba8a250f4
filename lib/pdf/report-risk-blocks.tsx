// The discounted figures and the uncertainty of one investment, as blocks (report-layout.ts).
import { Text, View } from "@react-pdf/renderer";
import type { UiLocale } from "@/lib/i18n/locales";
import { formatMoney, formatNumber, formatPercent, formatPeriod } from "./formatters";
import { figuresBlock } from "./report-figure-blocks";
import type { ReportDiscounted, ReportSimulation } from "./report-investment-model";
import { CONTENT, type Block } from "./report-layout";
import { colors, headingBlock, paragraphBlock, styles } from "./report-parts";
import { lineHeight, textHeight } from "./text-metrics";
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
  const height =
    textHeight(label, CONTENT.width, { fontSize: 8 }) +
    3 +
    rows.length * (lineHeight(CELL.fontSize) + 4.5) +
    4 +
    textHeight(probability, CONTENT.width, { fontSize: 10, bold: true }) +
    textHeight(t.percentileNote, CONTENT.width, { fontSize: 8 }) +
    4;
  return {
    height,
    node: (
      <View wrap={false}>
        <Text style={[styles.small, { marginBottom: 3 }]}>{label}</Text>
        {rows.map((row, r) => (
          <View
            key={r}
            style={{
              flexDirection: "row",
              paddingVertical: 2,
              borderBottomWidth: r === 0 ? 1 : 0.5,
              borderBottomColor: r === 0 ? colors.ink : colors.line,
              ...CELL,
            }}
          >
            {row.map((cell, c) => (
              <Text
                key={c}
                style={[
                  { width: c === 0 ? LABEL_COLUMN : VALUE_COLUMN, textAlign: c === 0 ? "left" : "right" },
                  r === 0 ? styles.bold : {},
                ]}
              >
                {cell}
              </Text>
            ))}
          </View>
        ))}
        <Text style={[styles.bold, { marginTop: 4 }]}>{probability}</Text>
        <Text style={[styles.small, { marginBottom: 4 }]}>{t.percentileNote}</Text>
      </View>
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
