// The one reader of numbers typed or imported by people: grid amounts, KPI values, CSV
// cells and plan fields. It returns an exact decimal string ("-1234.56"), never a float,
// and is strict about grouping: a grouping separator is accepted only between groups of
// exactly three digits after a first group of 1–3 digits that does not start with 0, so
// "0.005" or "1.23" is never read as a thousands-grouped number in Dutch notation.

/** "comma": 1.234,56 (nl) · "point": 1,234.56 (en) · "either": the last separator is the decimal one. */
export type DecimalNotation = "comma" | "point" | "either";

export type ParsedDecimal = { ok: true; value: string } | { ok: false; reason: "EMPTY" | "FORMAT" };

export const MAX_DECIMAL_INPUT_LENGTH = 64;

const CURRENCY_BEFORE = /^(?:€|\$|£|eur|usd|gbp)\s*/i;
const CURRENCY_AFTER = /\s*(?:€|\$|£|eur|usd|gbp)$/i;
/** Spaces (also non-breaking and thin ones) and apostrophes only ever group thousands. */
const SPACE_GROUPING = /[ \u00a0\u202f\u2009']/;
const GROUPED_WHOLE = /^[1-9]\d{0,2}(\D)\d{3}(?:\1\d{3})*$/;
const DIGITS = /^\d+$/;

const stripCurrency = (text: string) => text.replace(CURRENCY_BEFORE, "").replace(CURRENCY_AFTER, "").trim();

/**
 * The number part of a typed value: currency sign or code, sign and parentheses
 * ("(5,00)" is negative, as accountants write it) removed. Null when signed twice.
 */
export function splitSign(text: string): { body: string; negative: boolean } | null {
  let body = text.trim();
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  body = stripCurrency(body);
  const sign = /^[-\u2212+]/.exec(body);
  if (sign) {
    if (negative) return null;
    negative = sign[0] !== "+";
    body = stripCurrency(body.slice(1).trim());
  }
  return { body, negative };
}

/** Which character separates the decimals in this body, under the notation. */
function decimalSeparatorOf(body: string, notation: DecimalNotation): "," | "." | null {
  if (notation === "comma") return ",";
  if (notation === "point") return ".";
  const lastComma = body.lastIndexOf(",");
  const lastPoint = body.lastIndexOf(".");
  if (lastComma >= 0 && lastPoint >= 0) return lastComma > lastPoint ? "," : ".";
  const only = lastComma >= 0 ? "," : lastPoint >= 0 ? "." : null;
  // One separator is the decimal one ("12,5"); the same one repeated groups thousands ("1.234.567").
  return only !== null && body.indexOf(only) === body.lastIndexOf(only) ? only : null;
}

/** The whole part without grouping, or null when its grouping is not in the right places. */
function readWhole(whole: string, groupSeparators: string): string | null {
  if (whole === "" || DIGITS.test(whole)) return whole;
  const match = GROUPED_WHOLE.exec(whole);
  if (!match) return null;
  const separator = match[1];
  if (!groupSeparators.includes(separator) && !SPACE_GROUPING.test(separator)) return null;
  return whole.split(separator).join("");
}

/** The separators that may group thousands, given the decimal separator found (if any). */
const GROUP_SEPARATORS: Record<DecimalNotation, Record<"," | "." | "none", string>> = {
  comma: { ",": ".", ".": "", none: "." },
  point: { ".": ",", ",": "", none: "," },
  either: { ",": ".", ".": ",", none: ".," },
};

/** Reads a typed number; see the notes at the top of this file. */
export function parseDecimalInput(text: string, notation: DecimalNotation): ParsedDecimal {
  if (text.trim() === "") return { ok: false, reason: "EMPTY" };
  if (text.length > MAX_DECIMAL_INPUT_LENGTH) return { ok: false, reason: "FORMAT" };
  const signed = splitSign(text);
  if (!signed || !/^[\d.,' \u00a0\u202f\u2009]*\d[\d.,' \u00a0\u202f\u2009]*$/.test(signed.body)) return { ok: false, reason: "FORMAT" };
  const decimal = decimalSeparatorOf(signed.body, notation);
  const [wholeText, fraction, ...rest] = decimal ? signed.body.split(decimal) : [signed.body];
  if (rest.length > 0 || (fraction !== undefined && !DIGITS.test(fraction))) return { ok: false, reason: "FORMAT" };
  const whole = readWhole(wholeText, GROUP_SEPARATORS[notation][decimal ?? "none"]);
  if (whole === null || (whole === "" && fraction === undefined)) return { ok: false, reason: "FORMAT" };
  const digits = whole.replace(/^0+(?=\d)/, "") || "0";
  const value = fraction === undefined ? digits : `${digits}.${fraction}`;
  const isZero = /^[0.]+$/.test(value);
  return { ok: true, value: signed.negative && !isZero ? `-${value}` : value };
}

/** The notation a UI language writes numbers in. */
export const notationOfLocale = (locale: "nl" | "en"): DecimalNotation => (locale === "nl" ? "comma" : "point");
