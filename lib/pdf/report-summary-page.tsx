// The executive summary: the headline (counted plans in the workspace's currency), then
// each other currency and the drafts apart, each with its own investments under it, so
// every payback count matches the statuses in the rows beneath it.
import { Text, View } from "@react-pdf/renderer";
import { CONTENT, type Block } from "./report-layout";
import type { ReportInvestment, ReportModel, ReportTotals } from "./report-model";
import { figuresBlock } from "./report-figure-blocks";
import { headingBlock, money, paragraphBlock, percent, styles } from "./report-parts";
import { lineHeight, textHeight } from "./text-metrics";
import { reportTexts } from "./texts";

const COLUMNS = [4, 2, 3, 3, 2, 2];
const UNIT = CONTENT.width / COLUMNS.reduce((a, b) => a + b, 0);
const cell = (i: number) => ({ flex: COLUMNS[i], paddingRight: 4, ...(i >= 2 ? { textAlign: "right" as const } : {}) });
const cellWidth = (i: number) => COLUMNS[i] * UNIT - 4;

function rowBlock(cells: string[], head: boolean): Block {
  const style = head ? { fontSize: 8, bold: true } : { fontSize: 10 };
  const lines = Math.max(...cells.map((text, i) => textHeight(text, cellWidth(i), style) / lineHeight(style.fontSize)));
  return {
    height: lines * lineHeight(style.fontSize) + 6 + (head ? 1 : 0.5),
    keepWithNext: head,
    node: (
      <View style={head ? styles.headRow : styles.row}>
        {cells.map((text, i) => (
          <Text key={i} style={cell(i)}>
            {text}
          </Text>
        ))}
      </View>
    ),
  };
}

/** The table of a group's investments: a head row (repeated after a page break) and a row each. */
function tableBlocks(model: ReportModel, ids: string[]): Block[] {
  const t = reportTexts(model.locale);
  const byId = new Map(model.investments.map((i) => [i.id, i]));
  const head = rowBlock(
    [t.columns.investment, t.status, t.columns.invested, t.columns.realised, t.actualRoi, t.payback],
    true,
  );
  const row = (i: ReportInvestment) => ({
    ...rowBlock(
      [
        i.name,
        t.statuses[i.status] ?? i.status,
        money(i.invested, model, i.currency),
        money(i.realised, model, i.currency),
        percent(i.actualRoiPct, model.locale),
        t.paybackStates[i.paybackStatus],
      ],
      false,
    ),
    head,
  });
  return [head, ...ids.flatMap((id) => byId.get(id) ?? []).map(row)];
}

function totalsBlocks(model: ReportModel, totals: ReportTotals): Block[] {
  const t = reportTexts(model.locale);
  const m = (v: number) => money(v, model, totals.currency);
  return [
    figuresBlock([
      { label: t.invested, value: m(totals.invested) },
      { label: t.realised, value: m(totals.realised) },
      { label: t.net, value: m(totals.net) },
      { label: t.actualRoi, value: percent(totals.actualRoiPct, model.locale) },
      { label: t.forecastRoi, value: percent(totals.forecastRoiPct, model.locale) },
      { label: t.plannedRoi(t.scenarios[model.scenario]), value: percent(totals.plannedRoiPct, model.locale) },
      { label: t.investedInPeriod, value: m(totals.investedInPeriod) },
      { label: t.realisedInPeriod, value: m(totals.realisedInPeriod) },
    ]),
    // Payback counts and open leaks of the group: the same statuses as its table's rows.
    paragraphBlock(
      `${t.payback}: ${t.paybackCounts(totals.payback)}\n${t.openLeaksLine(totals.openLeaks, m(totals.atStakeMonthly))}`,
      { marginBottom: 6 },
    ),
  ];
}

export function summaryBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const { headline, otherCurrencies, drafts } = model.summary;
  return [
    headingBlock(t.executiveSummary, "h2"),
    {
      ...paragraphBlock(t.headlineIntro(headline.currency, headline.investments), { muted: true, marginBottom: 4 }),
      keepWithNext: true,
    },
    ...totalsBlocks(model, headline),
    ...(headline.investmentIds.length > 0
      ? [headingBlock(t.investments, "h3"), ...tableBlocks(model, headline.investmentIds)]
      : []),
    ...otherCurrencies.flatMap((totals) => [
      headingBlock(t.otherCurrencyTitle(totals.currency, model.currency), "h3"),
      ...totalsBlocks(model, totals),
      ...tableBlocks(model, totals.investmentIds),
    ]),
    ...drafts.flatMap((totals) => [
      headingBlock(t.draftsTitle(totals.currency), "h3"),
      { ...paragraphBlock(t.draftsIntro, { muted: true, marginBottom: 4 }), keepWithNext: true },
      ...tableBlocks(model, totals.investmentIds),
    ]),
  ];
}
