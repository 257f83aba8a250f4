// The executive summary (one page): the headline figures of the counted plans in the
// workspace's currency with the NPV of their plans, payback counts, other currencies and
// drafts in one line each (never added), the portfolio chart and the three largest leaks with
// their next steps. Then "Investments at a glance": a table per group (headline, each other
// currency, drafts) that breaks across pages with its head row repeated.
import { Text, View } from "@react-pdf/renderer";
import { LEAK_CATALOGUES } from "@/lib/leaks/leak-messages";
import { formatMoney } from "./formatters";
import { chartBlock, RoiChart } from "./report-chart";
import { figuresBlock } from "./report-figure-blocks";
import { CONTENT, tableBlock, type Block } from "./report-layout";
import type { ReportInvestment, ReportLeak, ReportModel, ReportTotals } from "./report-model";
import { BODY, BODY_BOLD, headingBlock, money, paragraphBlock, percent, periodText, styles } from "./report-parts";
import { lineHeight, textHeight } from "./text-metrics";
import { reportTexts } from "./texts";

/** How many leaks the summary names (all of them follow in the ranked list). */
export const SUMMARY_LEAKS = 3;

const npvText = (totals: ReportTotals, model: ReportModel) =>
  totals.npv === null ? "—" : money(totals.npv, model, totals.currency);

function headlineBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const f = t.frame;
  const totals = model.summary.headline;
  const m = (v: number) => money(v, model, totals.currency);
  const rate = model.discountRatePct === null ? null : percent(Number(model.discountRatePct), model.locale);
  return [
    figuresBlock([
      { label: t.invested, value: m(totals.invested) },
      { label: t.realised, value: m(totals.realised) },
      { label: t.net, value: m(totals.net) },
      { label: t.actualRoi, value: percent(totals.actualRoiPct, model.locale) },
      { label: t.forecastRoi, value: percent(totals.forecastRoiPct, model.locale) },
      { label: t.plannedRoi(t.scenarios[model.scenario]), value: percent(totals.plannedRoiPct, model.locale) },
      { label: f.npv, value: npvText(totals, model) },
      { label: t.investedInPeriod, value: m(totals.investedInPeriod) },
      { label: t.realisedInPeriod, value: m(totals.realisedInPeriod) },
    ]),
    // Payback counts and open leaks: the same statuses as the overview table's rows.
    paragraphBlock(
      [
        `${t.payback}: ${t.paybackCounts(totals.payback)}`,
        t.openLeaksLine(totals.openLeaks, m(totals.atStakeMonthly)),
        `${f.npvRate(rate)}${f.npvNote(totals.npvMissing)}`,
      ].join("\n"),
      { marginBottom: 4 },
    ),
  ];
}

/** Other currencies and drafts, one line each, in their own currency: never added to the headline. */
function apartBlock(model: ReportModel): Block | null {
  const t = reportTexts(model.locale);
  const f = t.frame;
  const lines = model.summary.otherCurrencies.map((o) =>
    f.otherCurrencyLine(
      o.currency,
      o.investments,
      `${f.otherCurrencyFigures(money(o.invested, model, o.currency), money(o.realised, model, o.currency), percent(o.actualRoiPct, model.locale))}, ${f.npv} ${npvText(o, model)}`,
    ),
  );
  const drafts = model.summary.drafts;
  if (drafts.length > 0)
    lines.push(f.draftsLine(drafts.map((d) => `${d.investments} ${t.statuses.draft} (${d.currency})`).join(", ")));
  if (lines.length === 0) return null;
  const text = lines.join("\n");
  return {
    height: textHeight(text, CONTENT.width, BODY) + 4,
    node: <Text style={[styles.muted, { marginBottom: 4 }]}>{text}</Text>,
  };
}

/** The headline group's cumulative ROI with labelled axes (report-chart.tsx), its title and a one-line text alternative. */
function portfolioChartBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const { points, currency } = model.summary.chart;
  const input = { points, period: model.period, locale: model.locale, scenario: t.scenarios[model.scenario] };
  // The chart's own height: its block less the heading it carries.
  const body = chartBlock(input).height - headingBlock(t.chartTitle, "h3").height;
  const last = [...points].reverse().find((p) => p.period <= model.period.to && p.actual !== null);
  const alternative = last
    ? t.frame.chartAlternative(
        periodText({ from: last.period, to: last.period }, model.locale),
        percent(last.actual, model.locale),
        percent(last.scenario, model.locale),
        t.scenarios[model.scenario],
      )
    : "";
  return [
    headingBlock(t.frame.portfolioChart(currency), "h3"),
    {
      height: body + (alternative ? textHeight(alternative, CONTENT.width, { fontSize: 8 }) : 0),
      node: (
        <View>
          <RoiChart {...input} />
          {alternative ? <Text style={styles.small}>{alternative}</Text> : null}
        </View>
      ),
    },
  ];
}

/** A leak of the summary: where, the money at stake per month, and the next step only (the finding is in the ranked list). */
function summaryLeakBlock(leak: ReportLeak, rank: number, model: ReportModel): Block {
  const t = reportTexts(model.locale);
  const title = `${rank}. ${leak.investmentName}: ${t.leakCodes[leak.code]}${leak.kpi ? ` (${leak.kpi})` : ""}`;
  const amount = t.atStake(formatMoney(leak.atStakeMonthly, model.locale, leak.currency));
  const step = `${t.frame.nextStep}: ${LEAK_CATALOGUES[model.locale].codes[leak.code].nextStep}`;
  const width = CONTENT.width - 8;
  return {
    height: textHeight(title, width, BODY_BOLD) + textHeight(amount, width, BODY) + textHeight(step, width, BODY) + 6,
    node: (
      <Text style={styles.leak}>
        <Text style={styles.bold}>{title}</Text>
        {`\n${amount}\n`}
        <Text style={styles.muted}>{step}</Text>
      </Text>
    ),
  };
}

function topLeakBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const top = model.leaks.slice(0, SUMMARY_LEAKS);
  return [
    headingBlock(t.frame.topLeaks, "h3"),
    ...(top.length === 0
      ? [paragraphBlock(t.noLeaks, { muted: true })]
      : top.map((leak, i) => summaryLeakBlock(leak, i + 1, model))),
    ...(model.leaks.length > SUMMARY_LEAKS
      ? [
          {
            height: lineHeight(8),
            node: <Text style={styles.small}>{t.frame.allLeaksAt(model.leaks.length)}</Text>,
          },
        ]
      : []),
  ];
}

/** The executive summary's blocks: meant to fill one page. */
export function summaryBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const { headline } = model.summary;
  const apart = apartBlock(model);
  return [
    headingBlock(t.executiveSummary, "h2"),
    {
      ...paragraphBlock(t.headlineIntro(headline.currency, headline.investments), { muted: true, marginBottom: 4 }),
      keepWithNext: true,
    },
    ...headlineBlocks(model),
    ...(apart ? [apart] : []),
    ...(headline.investmentIds.length > 0 || model.summary.chart.points.length > 0 ? portfolioChartBlocks(model) : []),
    ...topLeakBlocks(model),
  ];
}

// ---- Investments at a glance ------------------------------------------------------------

// Name, status, invested, realised, actual ROI, NPV, payback: the longest head word ("Terugverdienen") fits its column.
const COLUMNS = [5, 2.3, 3, 3, 2.2, 3, 3.2];
const GAP = 4;
const UNIT = CONTENT.width / COLUMNS.reduce((a, b) => a + b, 0);
const cellWidth = (i: number) => COLUMNS[i] * UNIT - GAP;
const cellStyle = (i: number) => ({
  width: COLUMNS[i] * UNIT,
  paddingRight: GAP,
  ...(i >= 2 && i <= 5 ? { textAlign: "right" as const } : {}),
});
const HEAD = { fontSize: 8, bold: true };
const ROW = { fontSize: 9 };

const rowHeight = (cells: string[], style: { fontSize: number; bold?: boolean }) =>
  Math.max(...cells.map((text, i) => textHeight(text, cellWidth(i), style))) + 6.5;

/** One group's table: a head row and a row per investment, split between rows across pages. */
function overviewTable(model: ReportModel, ids: string[]): Block {
  const t = reportTexts(model.locale);
  const byId = new Map(model.investments.map((i) => [i.id, i]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const head = [
    t.columns.investment,
    t.status,
    t.columns.invested,
    t.columns.realised,
    t.actualRoi,
    t.frame.npvColumn,
    t.payback,
  ];
  const cellsOf = (i: ReportInvestment) => [
    i.name,
    t.statuses[i.status] ?? i.status,
    money(i.invested, model, i.currency),
    money(i.realised, model, i.currency),
    percent(i.actualRoiPct, model.locale),
    i.discounted ? money(Number(i.discounted.npv), model, i.currency) : "—",
    t.paybackStates[i.paybackStatus],
  ];
  const cells = rows.map(cellsOf);
  const line = (texts: string[], key: number, isHead: boolean) => (
    <View key={key} style={isHead ? styles.headRow : [styles.row, { fontSize: ROW.fontSize }]} wrap={false}>
      {texts.map((text, i) => (
        <Text key={i} style={cellStyle(i)}>
          {text}
        </Text>
      ))}
    </View>
  );
  return tableBlock({
    headHeight: rowHeight(head, HEAD) + 0.5,
    rowHeights: cells.map((c) => rowHeight(c, ROW)),
    render: (from, to) => (
      <View>
        {line(head, -1, true)}
        {cells.slice(from, to).map((c, k) => line(c, from + k, false))}
      </View>
    ),
  });
}

/** Every group's investments, the headline first; other currencies and drafts under their own titles. */
export function overviewBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const { headline, otherCurrencies, drafts } = model.summary;
  return [
    headingBlock(t.frame.overviewTitle, "h2"),
    ...(headline.investmentIds.length > 0
      ? [headingBlock(`${t.investments} (${headline.currency})`, "h3"), overviewTable(model, headline.investmentIds)]
      : []),
    ...otherCurrencies.flatMap((totals) => [
      headingBlock(t.otherCurrencyTitle(totals.currency, model.currency), "h3"),
      overviewTable(model, totals.investmentIds),
    ]),
    ...drafts.flatMap((totals) => [
      headingBlock(t.draftsTitle(totals.currency), "h3"),
      { ...paragraphBlock(t.draftsIntro, { muted: true, marginBottom: 4 }), keepWithNext: true },
      overviewTable(model, totals.investmentIds),
    ]),
  ];
}
