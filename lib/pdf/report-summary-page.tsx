// The executive summary (one page): the headline figures of the counted plans in the
// workspace's currency (other currencies converted month by month; "incomplete" with the
// missing rates listed when a rate is missing) with the NPV of their plans, payback counts,
// other currencies (own figures and what they add) and drafts in one line each, the
// portfolio chart and the three largest leaks with their next steps. Then "Investments at a glance": a table per group (headline, each other
// currency, drafts) that breaks across pages with its head row repeated.
import { LEAK_CATALOGUES } from "@/lib/leaks/leak-messages";
import { formatMoney } from "./formatters";
import { roiChartBlock } from "./report-chart";
import { figuresBlock } from "./report-figure-blocks";
import { columnTableBlock } from "./report-column-table";
import type { Block } from "./report-layout";
import type { ReportInvestment, ReportLeak, ReportModel, ReportTotals } from "./report-model";
import { colors } from "./report-colors";
import { leakTextBlock } from "./report-leak-block";
import {
  headingBlock,
  linesBlockOf,
  missingList,
  money,
  paragraphBlock,
  percent,
  periodText,
  smallBlock,
} from "./report-parts";
import { stackBlocks } from "./report-paint";
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
        `${f.npvRate(rate)}${f.npvNote(totals.npvMissing)}${model.summary.otherCurrencies.length > 0 ? t.conversion.npvOwnCurrency(totals.currency) : ""}`,
      ].join("\n"),
      { marginBottom: 4 },
    ),
  ];
}

/** Whether the headline is complete (else the missing rates), and the forecasts at the latest known rate. */
function conversionBlock(model: ReportModel): Block | null {
  const c = reportTexts(model.locale).conversion;
  const { conversion, headline } = model.summary;
  const runs = [
    ...(conversion.complete
      ? []
      : [
          {
            text: c.incomplete(conversion.missing.length, headline.currency, missingList(conversion.missing, model)),
            face: "bold" as const,
            color: colors.bad,
          },
        ]),
    ...conversion.fallbacks.map((f, i) => ({
      text: `${i > 0 || !conversion.complete ? "\n" : ""}${c.fallback(f.from, f.to, f.months, f.usedPeriod)}`,
      color: colors.muted,
    })),
  ];
  return runs.length === 0 ? null : linesBlockOf(runs, { size: 10, marginBottom: 4 });
}

/** Other currencies (their own figures and what they add to the headline) and drafts, one line each. */
function apartBlock(model: ReportModel): Block | null {
  const t = reportTexts(model.locale);
  const f = t.frame;
  const lines = model.summary.otherCurrencies.map((o) =>
    f.otherCurrencyLine(
      o.currency,
      o.investments,
      `${f.otherCurrencyFigures(money(o.invested, model, o.currency), money(o.realised, model, o.currency), percent(o.actualRoiPct, model.locale))}, ${f.npv} ${npvText(o, model)}${
        o.converted
          ? `; ${t.conversion.convertedAs(o.converted.currency, money(o.converted.invested, model, o.converted.currency), money(o.converted.realised, model, o.converted.currency))}`
          : ""
      }`,
    ),
  );
  const drafts = model.summary.drafts;
  if (drafts.length > 0)
    lines.push(f.draftsLine(drafts.map((d) => `${d.investments} ${t.statuses.draft} (${d.currency})`).join(", ")));
  if (lines.length === 0) return null;
  return paragraphBlock(lines.join("\n"), { muted: true, marginBottom: 4 });
}

/** The headline group's cumulative ROI with labelled axes (report-chart.tsx), its title and a one-line text alternative. */
function portfolioChartBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const { points, currency } = model.summary.chart;
  const input = { points, period: model.period, locale: model.locale, scenario: t.scenarios[model.scenario] };
  const last = [...points].reverse().find((p) => p.period <= model.period.to && p.actual !== null);
  const alternative = last
    ? t.frame.chartAlternative(
        periodText({ from: last.period, to: last.period }, model.locale),
        percent(last.actual, model.locale),
        percent(last.scenario, model.locale),
        t.scenarios[model.scenario],
      )
    : "";
  const note = alternative ? smallBlock(alternative, 0) : null;
  return [
    headingBlock(t.frame.portfolioChart(currency), "h3"),
    stackBlocks([roiChartBlock(input), ...(note ? [note] : [])]),
  ];
}

/** A leak of the summary: where, the money at stake per month, and the next step only (the finding is in the ranked list). */
function summaryLeakBlock(leak: ReportLeak, rank: number, model: ReportModel): Block {
  const t = reportTexts(model.locale);
  const title = `${rank}. ${leak.investmentName}: ${t.leakCodes[leak.code]}${leak.kpi ? ` (${leak.kpi})` : ""}`;
  const amount = t.atStake(formatMoney(leak.atStakeMonthly, model.locale, leak.currency));
  const step = `${t.frame.nextStep}: ${LEAK_CATALOGUES[model.locale].codes[leak.code].nextStep}`;
  return leakTextBlock(
    [{ text: title, face: "bold" }, { text: `\n${amount}` }, { text: `\n${step}`, color: colors.muted }],
    colors.bad,
  );
}

function topLeakBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const top = model.leaks.slice(0, SUMMARY_LEAKS);
  return [
    headingBlock(t.frame.topLeaks, "h3"),
    ...(top.length === 0
      ? [paragraphBlock(t.noLeaks, { muted: true })]
      : top.map((leak, i) => summaryLeakBlock(leak, i + 1, model))),
    ...(model.leaks.length > SUMMARY_LEAKS ? [smallBlock(t.frame.allLeaksAt(model.leaks.length), 0)] : []),
  ];
}

/** The executive summary's blocks: meant to fill one page. */
export function summaryBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const { headline, otherCurrencies } = model.summary;
  const apart = apartBlock(model);
  const conversion = conversionBlock(model);
  return [
    headingBlock(t.executiveSummary, "h2"),
    {
      ...paragraphBlock(
        t.headlineIntro(
          headline.currency,
          headline.investments,
          otherCurrencies.map((o) => o.currency),
        ),
        { muted: true, marginBottom: 4 },
      ),
      keepWithNext: true,
    },
    ...(conversion ? [conversion] : []),
    ...headlineBlocks(model),
    ...(apart ? [apart] : []),
    ...(headline.investments > 0 || model.summary.chart.points.length > 0 ? portfolioChartBlocks(model) : []),
    ...topLeakBlocks(model),
  ];
}

// ---- Investments at a glance ------------------------------------------------------------

/** One group's table: a head row and a row per investment, split between rows across pages. */
function overviewTable(model: ReportModel, ids: string[]): Block {
  const t = reportTexts(model.locale);
  const byId = new Map(model.investments.map((i) => [i.id, i]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const cellsOf = (i: ReportInvestment) => [
    i.name,
    t.statuses[i.status] ?? i.status,
    money(i.invested, model, i.currency),
    money(i.realised, model, i.currency),
    percent(i.actualRoiPct, model.locale),
    i.discounted ? money(Number(i.discounted.npv), model, i.currency) : "—",
    t.paybackStates[i.paybackStatus],
  ];
  return columnTableBlock({
    // Name, status, invested, realised, actual ROI, NPV, payback: the longest head word ("Terugverdienen") fits its column.
    columns: [5, 2.3, 3, 3, 2.2, 3, 3.2],
    gap: 4,
    rightAligned: (i) => i >= 2 && i <= 5,
    head: [t.columns.investment, t.status, t.columns.invested, t.columns.realised, t.actualRoi, t.frame.npvColumn, t.payback],
    rows: rows.map(cellsOf),
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
