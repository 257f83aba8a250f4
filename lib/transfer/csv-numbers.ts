import Decimal from "decimal.js";
import { parseDecimalInput, splitSign } from "@/lib/shared/decimal-input";
import { MAX_AMOUNT, type CsvErrorCode } from "./csv-errors";

/** "comma": 1.234,56 (nl, de) · "point": 1,234.56 (en). */
export type DecimalFormat = "comma" | "point";
export const DECIMAL_FORMATS: readonly DecimalFormat[] = ["comma", "point"];
export const DECIMAL_FORMAT_EXAMPLE: Record<DecimalFormat, string> = { comma: "1.234,56", point: "1,234.56" };

export type DecimalDetection = { format: DecimalFormat; ambiguous: boolean };

const SPACES = /[\s\u00A0\u202F\u2009']/g;

type Vote = { format: DecimalFormat; strong: boolean } | null;

/** What one value says about the file's format; "1,234" is only a hint (grouping is likelier than 3 decimals). */
function voteOf(raw: string): Vote {
  const body = (splitSign(raw)?.body ?? "").replace(SPACES, "");
  const lastComma = body.lastIndexOf(",");
  const lastPoint = body.lastIndexOf(".");
  if (lastComma >= 0 && lastPoint >= 0) return { format: lastComma > lastPoint ? "comma" : "point", strong: true };
  const separator = lastComma >= 0 ? "," : lastPoint >= 0 ? "." : null;
  if (!separator) return null;
  const parts = body.split(separator);
  const other: DecimalFormat = separator === "," ? "point" : "comma";
  const asDecimal: DecimalFormat = separator === "," ? "comma" : "point";
  if (parts.length > 2) return { format: other, strong: true };
  const [before, after] = parts;
  if (after.length !== 3 || before.length === 0 || before.length > 3 || before === "0") return { format: asDecimal, strong: true };
  return { format: other, strong: false };
}

/**
 * Decides the decimal format of a whole file from all its amounts, so "1,234" is read
 * the same way as the rest of its column. Without evidence, a ";"-separated file is
 * taken to come from a decimal-comma locale.
 */
export function detectDecimalFormat(values: readonly string[], delimiter: string): DecimalDetection {
  const strong = { comma: 0, point: 0 };
  const weak = { comma: 0, point: 0 };
  for (const value of values) {
    const vote = voteOf(value);
    if (vote) (vote.strong ? strong : weak)[vote.format]++;
  }
  const fallback: DecimalFormat = delimiter === ";" ? "comma" : "point";
  const pick = (tally: { comma: number; point: number }): DecimalFormat | null =>
    tally.comma > tally.point ? "comma" : tally.point > tally.comma ? "point" : null;
  const byStrong = pick(strong);
  if (byStrong) return { format: byStrong, ambiguous: strong.comma > 0 && strong.point > 0 };
  const byWeak = strong.comma + strong.point === 0 ? pick(weak) : null;
  return { format: byWeak ?? fallback, ambiguous: true };
}

export type AmountResult = { ok: true; value: string } | { ok: false; code: CsvErrorCode };

/** A money cell in the given format → an exact decimal string with 2 decimals ("1234.50"). */
export function parseAmount(raw: string, format: DecimalFormat): AmountResult {
  const parsed = parseDecimalInput(raw, format);
  if (!parsed.ok) return { ok: false, code: parsed.reason === "EMPTY" ? "AMOUNT_EMPTY" : "AMOUNT_UNREADABLE" };
  const value = new Decimal(parsed.value);
  if (value.isNegative()) return { ok: false, code: "AMOUNT_NEGATIVE" };
  if (value.gte(MAX_AMOUNT)) return { ok: false, code: "AMOUNT_TOO_LARGE" };
  if (value.decimalPlaces() > 2) return { ok: false, code: "AMOUNT_TOO_PRECISE" };
  return { ok: true, value: value.toFixed(2) };
}
