// The appendix "Exchange rates used": every stored rate a converted amount of the report used
// (a cross rate's two legs each, report-conversion.ts), as a painted table that breaks across
// pages between rows with its head repeated; then the forecasts converted at the latest known
// rate and the rates that are missing.
import { formatNumber } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { colors } from "./report-colors";
import type { ReportRateUsed } from "./report-conversion";
import { columnTableBlock } from "./report-column-table";
import type { Block } from "./report-layout";
import type { ReportModel } from "./report-model";
import { headingBlock, paragraphBlock } from "./report-parts";
import { linesBlock, paragraphLines } from "./report-paint";
import { reportTexts } from "./texts";

/** A stored rate as written: "1.0823" in the report's language, every decimal kept. */
const rateText = (rate: string, locale: UiLocale) => formatNumber(rate, locale, 10);

function rateCells(rate: ReportRateUsed, locale: UiLocale): string[] {
  const c = reportTexts(locale).conversion;
  return [
    rate.period,
    `${rate.from}→${rate.to}`,
    rateText(rate.rate, locale),
    c.sources[rate.source] ?? rate.source,
    rate.usedFor.map((u) => `${u.from}→${u.to}${c.how[u.how]}`).join(", "),
  ];
}

/** The table of rates: a head row and a row per rate. */
function ratesTable(model: ReportModel): Block {
  const c = reportTexts(model.locale).conversion;
  return columnTableBlock({
    // Month, from→to, rate, source, used for.
    columns: [1.6, 1.7, 2, 2.4, 4.3],
    gap: 6,
    rightAligned: (i) => i === 2,
    head: [c.columns.month, c.columns.pair, c.columns.rate, c.columns.source, c.columns.usedFor],
    rows: model.rates.used.map((r) => rateCells(r, model.locale)),
  });
}

/** One line per item, as a block the packer may split between lines. */
const listBlock = (items: string[]) =>
  linesBlock(items.flatMap((text) => paragraphLines([{ text }], { size: 9, color: colors.ink, marginBottom: 2 })));

/** Whether the report converted anything (then it has this appendix). */
export const hasConversions = (model: ReportModel) =>
  model.rates.used.length > 0 || model.rates.missing.length > 0 || model.investments.some((i) => i.converted !== null);

/** The appendix's blocks: the rates used, the forecasts at the latest known rate, the missing rates. */
export function rateAppendixBlocks(model: ReportModel): Block[] {
  const c = reportTexts(model.locale).conversion;
  const { used, fallbacks, missing } = model.rates;
  return [
    headingBlock(c.ratesTitle, "h2"),
    { ...paragraphBlock(c.ratesIntro, { muted: true, marginBottom: 8 }), keepWithNext: true },
    used.length === 0 ? paragraphBlock(c.noRatesUsed, { muted: true }) : ratesTable(model),
    ...(fallbacks.length === 0
      ? []
      : [
          headingBlock(c.fallbacksTitle, "h3"),
          { ...paragraphBlock(c.fallbacksIntro, { muted: true, marginBottom: 4 }), keepWithNext: true },
          listBlock(fallbacks.map(c.fallbackLine)),
        ]),
    ...(missing.length === 0
      ? []
      : [
          headingBlock(c.missingTitle, "h3"),
          { ...paragraphBlock(c.missingIntro, { muted: true, marginBottom: 4 }), keepWithNext: true },
          listBlock(missing.map(c.missingRate)),
        ]),
  ];
}
