import Decimal from "decimal.js";
import { MAX_AMOUNT, type CsvErrorCode } from "./csv-errors";

/** "comma": 1.234,56 (nl, de) · "point": 1,234.56 (en). */
export type DecimalFormat = "comma" | "point";
export const DECIMAL_FORMATS: readonly DecimalFormat[] = ["comma", "point"];
export const DECIMAL_FORMAT_EXAMPLE: Record<DecimalFormat, string> = { comma: "1.234,56", point: "1,234.56" };

export type DecimalDetection = { format: DecimalFormat; ambiguous: boolean };

const SPACES = /[\s\u00A0\u202F\u2009']/g;
const CURRENCY = /^(€|eur|\$|usd|£|gbp)\s*|\s*(€|eur|\$|usd|£|gbp)$/gi;
const MINUS = /^[-\u2212]/;

/** The number part of a cell: currency, sign and surrounding space removed. */
function clean(raw: string): { body: string; negative: boolean } {
  let body = raw.trim();
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1);
  }
  for (let pass = 0; pass < 2; pass++) {
    body = body.trim().replace(CURRENCY, "").trim();
    if (MINUS.test(body)) {
      negative = true;
      body = body.slice(1);
    } else if (body.startsWith("+")) body = body.slice(1);
  }
  return { body: body.trim(), negative };
}

type Vote = { format: DecimalFormat; strong: boolean } | null;

/** What one value says about the file's format; "1,234" is only a hint (grouping is likelier than 3 decimals). */
function voteOf(raw: string): Vote {
  const body = clean(raw).body.replace(SPACES, "");
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

const PATTERNS: Record<DecimalFormat, { pattern: RegExp; group: RegExp; decimal: string }> = {
  comma: { pattern: /^(\d{1,3}(\.\d{3})+|\d*)(,\d+)?$/, group: /\./g, decimal: "," },
  point: { pattern: /^(\d{1,3}(,\d{3})+|\d*)(\.\d+)?$/, group: /,/g, decimal: "." },
};

export type AmountResult = { ok: true; value: string } | { ok: false; code: CsvErrorCode };

/** A money cell in the given format → an exact decimal string with 2 decimals ("1234.50"). */
export function parseAmount(raw: string, format: DecimalFormat): AmountResult {
  if (raw.trim() === "") return { ok: false, code: "AMOUNT_EMPTY" };
  const { body, negative } = clean(raw);
  const rule = PATTERNS[format];
  // Spaces and apostrophes only ever group thousands.
  const grouped = body.replace(/(\d)[\s\u00A0\u202F\u2009'](?=\d{3}(\D|$))/g, `$1${format === "comma" ? "." : ","}`);
  if (!/\d/.test(grouped) || !rule.pattern.test(grouped)) return { ok: false, code: "AMOUNT_UNREADABLE" };
  const value = new Decimal(grouped.replace(rule.group, "").replace(rule.decimal, ".").replace(/^\./, "0."));
  if (negative && !value.isZero()) return { ok: false, code: "AMOUNT_NEGATIVE" };
  if (value.gte(MAX_AMOUNT)) return { ok: false, code: "AMOUNT_TOO_LARGE" };
  if (value.decimalPlaces() > 2) return { ok: false, code: "AMOUNT_TOO_PRECISE" };
  return { ok: true, value: value.toFixed(2) };
}
