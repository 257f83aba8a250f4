import { convertMonthlyAmount } from "@/lib/currency/convert";
import { factorToDecimal, type RateBook } from "@/lib/currency/rate-book";
import { minorUnits } from "./decimal-figures";

/** Leaks of investments in other currencies are ranked and shown in `target` too, at `period`'s rate (else the latest known). */
export type LeakConversion = { target: string; book: RateBook; period: string; /** The currencies the workspace's investments are in. */ currencies: string[] };

/** A leak's money at stake in the target currency; null when no rate is known (it is then ranked by its own amount). */
export type ConvertedAtStake = { currency: string; atStakeMonthly: number | null; ratePeriod: string | null; fallback: boolean };

/**
 * Per currency, the factor that ranks its leaks in the target currency (for ORDER BY only;
 * the shown amounts are converted exactly). A currency without any rate ranks at factor 1.
 */
export function rankingFactors(conversion: LeakConversion | undefined) {
  const list = conversion ? conversion.currencies.filter((c) => c !== conversion.target) : [];
  return {
    currencies: list,
    factors: list.map((c) => {
      const rate = conversion?.book.forecast(c, conversion.target, conversion.period);
      return rate ? factorToDecimal(rate.factor, 20).toFixed() : "1";
    }),
  };
}

export function convertedAtStakeOf(amount: number, currency: string, conversion: LeakConversion | undefined): ConvertedAtStake | null {
  if (!conversion || currency === conversion.target) return null;
  const result = convertMonthlyAmount(String(amount), currency, conversion.target, conversion.period, conversion.book);
  const missing = result.notes.missing.length > 0;
  return {
    currency: conversion.target,
    atStakeMonthly: missing ? null : minorUnits(result.value, conversion.target),
    ratePeriod: result.rate?.usedPeriod ?? null,
    fallback: result.rate?.fallback ?? false,
  };
}
