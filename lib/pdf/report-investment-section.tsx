// One investment's section (pages of the workspace report, or the single-investment report),
// as blocks for report-layout.ts: header, figures, discounted figures, the cumulative ROI
// chart, the month table, the tornado, the uncertainty, KPIs, open and reviewed leaks. In
// another currency than the workspace's: under its figures, a line with them converted.
import { formatPeriod } from "./formatters";
import { chartBlock } from "./report-chart";
import type { Block } from "./report-layout";
import type { ReportInvestment, ReportLeak, ReportModel } from "./report-model";
import { figuresBlock, kpiBlock } from "./report-figure-blocks";
import { leakBlock, leakId, type LeakRank } from "./report-leak-block";
import { monthTableBlock } from "./report-month-table";
import { colors } from "./report-colors";
import {
  headingBlock,
  linesBlockOf,
  missingList,
  money,
  moreBlock,
  paragraphBlock,
  percent,
  smallBlock,
  titleBlock,
} from "./report-parts";
import { discountedBlocks, uncertaintyBlocks } from "./report-risk-blocks";
import { tornadoBlocks } from "./report-tornado";
import { reportTexts } from "./texts";

function limited<T>(
  items: T[],
  limit: number | undefined,
  block: (item: T) => Block,
  more: (count: number) => Block,
): Block[] {
  const shown = limit === undefined ? items : items.slice(0, limit);
  const blocks = shown.map(block);
  return shown.length < items.length ? [...blocks, more(items.length - shown.length)] : blocks;
}

/** The investment's figures in the reporting currency, whether they are complete, and the forecasts at the latest known rate. */
function convertedBlock(model: ReportModel, investment: ReportInvestment): Block | null {
  const c = investment.converted;
  if (!c) return null;
  const t = reportTexts(model.locale);
  const m = (v: number) => money(v, model, c.currency);
  const pct = (v: number | null) => percent(v, model.locale);
  const line = t.conversion.investmentLine(
    c.currency,
    t.conversion.investmentFigures({
      invested: m(c.invested),
      realised: m(c.realised),
      net: m(c.net),
      actualRoi: pct(c.actualRoiPct),
      forecastRoi: pct(c.forecastRoiPct),
      plannedRoi: pct(c.plannedRoiPct),
      scenario: t.scenarios[model.scenario],
    }),
  );
  return linesBlockOf(
    [
      { text: line, face: "bold" },
      ...(c.conversion.complete
        ? []
        : [
            {
              text: `\n${t.conversion.investmentIncomplete(c.currency, missingList(c.conversion.missing, model))}`,
              color: colors.bad,
            },
          ]),
      ...c.conversion.fallbacks.map((f) => ({
        text: `\n${t.conversion.fallback(f.from, f.to, f.months, f.usedPeriod)}`,
        color: colors.muted,
      })),
    ],
    { size: 9, marginBottom: 8 },
  );
}

export type SectionOptions = {
  /** The one-page report: the first KPIs and the largest leaks only. */
  compact: boolean;
  /** The leaks' places in the ranked lists (by leakId): the section then points there for the finding and next step. */
  ranks?: Map<string, LeakRank>;
};

/** The section's blocks and the heading that opens a continuation page. */
export function investmentBlocks(
  model: ReportModel,
  investment: ReportInvestment,
  { compact, ranks }: SectionOptions,
): { blocks: Block[]; continued: Block } {
  const t = reportTexts(model.locale);
  const { locale } = model;
  const m = (v: number) => money(v, model, investment.currency);
  const payback = (period: string | null) => (period ? formatPeriod(period, locale) : "—");
  const s = t.investment;
  const status = [
    `${t.status}: ${t.statuses[investment.status] ?? investment.status}`,
    `${s.category}: ${s.categories[investment.category] ?? investment.category}`,
    investment.ownerName ? `${s.owner}: ${investment.ownerName}` : "",
    s.planVersion(investment.planVersion),
    `${s.currency}: ${investment.currency}`,
    `${t.payback}: ${t.paybackStates[investment.paybackStatus]}`,
    investment.counted ? "" : t.notCounted,
    investment.currency === model.currency ? "" : t.otherCurrencyNote(investment.currency, model.currency),
  ]
    .filter(Boolean)
    .join(" · ");
  const more = (count: number) => moreBlock(count, locale);
  const leaks = (items: ReportLeak[], limit: number | undefined) =>
    limited(items, limit, (leak) => leakBlock(leak, locale, { detailsAt: ranks?.get(leakId(leak)) }), more);
  const table = monthTableBlock(investment.monthTable, locale);
  const converted = convertedBlock(model, investment);
  const { risk, discounted } = investment;
  const blocks: Block[] = [
    titleBlock(investment.name, status),
    ...(investment.valid ? [] : [paragraphBlock(t.invalidPlan, { muted: true })]),
    figuresBlock([
      { label: t.invested, value: m(investment.invested) },
      { label: t.realised, value: m(investment.realised) },
      { label: t.net, value: m(investment.net) },
      { label: t.actualRoi, value: percent(investment.actualRoiPct, locale) },
      { label: t.forecastRoi, value: percent(investment.forecastRoiPct, locale) },
      { label: t.plannedRoi(t.scenarios[model.scenario]), value: percent(investment.plannedRoiPct, locale) },
      { label: t.plannedPayback, value: payback(investment.plannedPaybackPeriod) },
      { label: t.projectedPayback, value: payback(investment.projectedPaybackPeriod) },
      {
        label: s.reachedPayback,
        value: investment.reachedPaybackPeriod ? formatPeriod(investment.reachedPaybackPeriod, locale) : s.notYet,
      },
    ]),
    ...(converted ? [converted] : []),
    ...(discounted ? discountedBlocks(discounted, investment.currency, locale) : []),
    chartBlock({ points: investment.chart, period: model.period, locale, scenario: t.scenarios[model.scenario] }),
    ...(table
      ? [
          headingBlock(s.tableTitle, "h3"),
          { ...smallBlock(s.tableNote(investment.currency)), keepWithNext: true },
          table,
        ]
      : []),
    ...(risk
      ? [
          ...tornadoBlocks(risk.sensitivity, investment.currency, locale),
          ...uncertaintyBlocks(risk.simulation, investment.currency, locale),
        ]
      : investment.valid
        ? []
        : [paragraphBlock(s.noRisk, { muted: true })]),
    headingBlock(t.kpis, "h3"),
    ...(investment.kpis.length === 0
      ? [paragraphBlock(t.noKpis, { muted: true })]
      : limited(investment.kpis, compact ? 5 : undefined, (kpi) => kpiBlock(kpi, locale), more)),
    headingBlock(t.leaks, "h3"),
    ...(investment.leaks.length === 0
      ? [paragraphBlock(t.noLeaks, { muted: true })]
      : leaks(investment.leaks, compact ? 3 : undefined)),
    ...(investment.reviewedLeaks.length === 0
      ? []
      : [headingBlock(t.reviewedLeaks, "h3"), ...leaks(investment.reviewedLeaks, compact ? 2 : undefined)]),
  ];
  return { blocks, continued: headingBlock(t.continued(investment.name), "h3", { keepWithNext: false }) };
}
