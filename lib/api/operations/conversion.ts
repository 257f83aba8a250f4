import Decimal from "decimal.js";
import { z } from "zod";
import { convertMonthlyAmount, mergeNotes, type ConversionNotes } from "@/lib/currency/convert";
import type { RateBook } from "@/lib/currency/rate-book";
import { loadRateBooks } from "@/lib/currency/rate-books";
import { currentPeriod } from "@/lib/investments/months";
import { convertForeignInvestments, type ConvertedInvestment } from "@/lib/portfolio/converted-months";
import { roiPct } from "@/lib/portfolio/decimal-figures";
import { conversionSummaryOf, type ConversionSummary } from "@/lib/portfolio/roll-up";
import { minorUnitOf } from "@/lib/shared/currencies";
import { month } from "../schemas";
import { percentage, percentText } from "./figures";

// Figures in the workspace's reporting currency (docs/currencies.md): amounts of another
// currency converted month by month with the workspace's own rates, each rounded once to
// the target's minor unit, and what the conversion could not do said beside them.

/**
 * An amount the API reports, exact: two decimals, or three for a currency whose minor unit
 * is a thousandth (KWD). Converted amounts are rounded to the target's minor unit, so a
 * total in KWD may have three.
 */
export const reportedMoney = z
  .string()
  .regex(/^-?\d{1,18}\.\d{2,3}$/)
  .meta({ description: "An exact amount as a decimal string: 2 decimals (3 for a currency such as KWD whose minor unit is a thousandth)", example: "923.96" });

/** An amount of `currency` as the API writes it: its minor unit's decimals, at least two ("161500.00", "12.345"). */
export const amountText = (value: Decimal.Value | { toString(): string }, currency: string) =>
  new Decimal(value.toString()).toFixed(Math.max(2, minorUnitOf(currency)), Decimal.ROUND_HALF_UP);

const currencyCode = z.string().meta({ example: "USD" });

export const conversionBody = z
  .object({
    complete: z.boolean().meta({ description: "False when some amounts could not be converted for want of a rate (they are left out, never guessed)" }),
    missing: z
      .array(z.object({ from: currencyCode, to: currencyCode.meta({ example: "EUR" }), month }))
      .meta({ description: "The rates that are missing: add them with PUT …/exchange-rates/{from}/{to}/{month} (either direction will do)" }),
    fallbacks: z
      .array(
        z.object({
          from: currencyCode,
          to: currencyCode.meta({ example: "EUR" }),
          rateMonth: month.meta({ description: "The month of the latest known rate that was used" }),
          months: z.number().int().meta({ description: "How many months were converted at that rate" }),
        }),
      )
      .meta({ description: "Forecasts, plans and money at stake of months without a rate, converted at the latest known rate" }),
  })
  .meta({ id: "Conversion", description: "How amounts in other currencies were converted into the reporting currency" });
export type ConversionBody = z.infer<typeof conversionBody>;

export function conversionBodyOf(summary: ConversionSummary): ConversionBody {
  return {
    complete: summary.complete,
    missing: summary.missing.map((m) => ({ from: m.from, to: m.to, month: m.period })),
    fallbacks: summary.fallbacks.map((f) => ({ from: f.from, to: f.to, rateMonth: f.usedPeriod, months: f.months })),
  };
}

export const reportingFigures = z
  .object({
    currency: z.string().meta({ description: "The workspace's reporting currency", example: "EUR" }),
    invested: reportedMoney.meta({ description: "The recorded cost, each month at its own month's rate" }),
    realised: reportedMoney.meta({ description: "The recorded benefit, each month at its own month's rate" }),
    net: reportedMoney.meta({ description: "realised − invested" }),
    actualRoiPct: percentage,
    forecastCost: reportedMoney,
    forecastBenefit: reportedMoney,
    forecastRoiPct: percentage,
    plannedCost: reportedMoney,
    plannedBenefit: reportedMoney,
    plannedRoiPct: percentage,
    atStakeMonthly: reportedMoney.meta({ description: "The open leaks' money at stake a month, at the current month's rate (else the latest known)" }),
    conversion: conversionBody,
  })
  .nullable()
  .meta({
    id: "ReportingFigures",
    description:
      "The figures converted into the workspace's reporting currency, month by month with its exchange rates (ROI from the converted sums); " +
      "null when the investment is in the reporting currency already, or archived",
  });
export type ReportingFiguresBody = z.infer<typeof reportingFigures>;

/** The rate book and reporting currency of a workspace, for converting investments in other currencies. */
export type ReportingConversion = { target: string; book: RateBook; books: Map<string, RateBook>; period: string };

export async function reportingConversionOf(workspace: { id: string; currency: string }, now: Date): Promise<ReportingConversion> {
  const books = await loadRateBooks([workspace.id]);
  return { target: workspace.currency, book: books.get(workspace.id) as RateBook, books, period: currentPeriod(now) };
}

/**
 * The converted months of the workspace's investments in other currencies than its
 * reporting one (archived ones are left out), by investment; `only` one of them. One query.
 */
export async function convertedInvestmentsOf(
  workspace: { id: string; currency: string },
  conversion: ReportingConversion,
  only?: { investmentId: string },
): Promise<Map<string, ConvertedInvestment>> {
  const converted = await convertForeignInvestments(
    { workspaceIds: [workspace.id], ...(only ? { investmentId: only.investmentId } : {}) },
    new Map([[workspace.id, conversion.target]]),
    conversion.books,
  );
  return new Map(converted.map((c) => [c.investmentId, c]));
}

/** One investment's figures in the reporting currency, from its converted months and its open money at stake. */
export function reportingFiguresOf(converted: ConvertedInvestment | undefined, atStake: Decimal.Value, conversion: ReportingConversion): ReportingFiguresBody {
  if (!converted) return null;
  const { sums, target } = converted;
  const stake = convertMonthlyAmount(atStake, converted.currency, target, conversion.period, conversion.book);
  const notes: ConversionNotes = mergeNotes([converted.notes, stake.notes]);
  const money = (value: Decimal) => amountText(value, target);
  return {
    currency: target,
    invested: money(sums.actualCost),
    realised: money(sums.actualBenefit),
    net: money(sums.actualBenefit.minus(sums.actualCost)),
    actualRoiPct: percentText(roiPct(sums.actualCost, sums.actualBenefit)),
    forecastCost: money(sums.forecastCost),
    forecastBenefit: money(sums.forecastBenefit),
    forecastRoiPct: percentText(roiPct(sums.forecastCost, sums.forecastBenefit)),
    plannedCost: money(sums.expectedCost),
    plannedBenefit: money(sums.expectedBenefit),
    plannedRoiPct: percentText(roiPct(sums.expectedCost, sums.expectedBenefit)),
    atStakeMonthly: money(stake.value),
    conversion: conversionBodyOf(conversionSummaryOf([notes])),
  };
}
