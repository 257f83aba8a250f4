import Decimal from "decimal.js";
import Papa from "papaparse";
import { isIsoCurrency } from "@/lib/shared/currencies";
import type { ParsedRate, RateCsvProblem, RateCsvProblemCode } from "./rate-csv";

// The two layouts the ECB publishes, read into monthly rates from EUR (or CURRENCY_DENOM)
// to each currency, and the small readers the plain layout shares with them.
//   ecb-daily:        eurofxref-hist.csv / eurofxref.csv, one column per currency, one row per day.
//   ecb-data-portal:  the Data Portal's CSV export, one row per series and period (FREQ M or D).
// Daily values become one rate a month: the mean of the month's values ("average", rounded
// half-up to 10 decimals) or the value of its last day with one ("last").

export type MonthlyRule = "average" | "last";
/** A line of the file as trimmed cells, with its 1-based line number. */
export type CsvLine = { line: number; cells: string[] };
export type LayoutResult = { rates: ParsedRate[]; problems: RateCsvProblem[] };

const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
export const RATE_DECIMALS = 10;

/** Currencies the ECB still lists in the header of its history file but no longer quotes. */
const WITHDRAWN_ECB_CODES = new Set(["CYP", "EEK", "HRK", "LTL", "LVL", "MTL", "ROL", "SIT", "SKK", "TRL"]);
const MISSING = new Set(["", "N/A", "NAN"]);
const MONTH_NAMES = "january february march april may june july august september october november december".split(" ");
const PORTAL_COLUMNS = ["KEY", "FREQ", "CURRENCY", "CURRENCY_DENOM", "TIME_PERIOD", "OBS_VALUE"];

export const problem = (
  line: number,
  code: RateCsvProblemCode,
  params: RateCsvProblem["params"] = {},
): RateCsvProblem => ({ line, code, params });

/** One line of text as trimmed cells (quotes as in CSV; a quoted value cannot span lines here). */
export function splitCells(text: string, delimiter: string): string[] {
  const row = Papa.parse<string[]>(text, { delimiter, header: false }).data[0] ?? [];
  return row.map((cell) => cell.trim());
}

export function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end -= 1;
  return cells.slice(0, end);
}

/** "1.0823" (or "1,0823" when `comma`) → a Decimal; null for anything else (no grouping, no exponent). */
export function readDecimal(text: string, comma: boolean): Decimal | null {
  const pattern = comma ? /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/ : /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
  return pattern.test(text) ? new Dec(text.replace(",", ".")) : null;
}

/** A rate as stored: rounded half-up to 10 decimals, plain notation, no trailing zeros. */
export const toRate = (value: Decimal): string => value.toDecimalPlaces(RATE_DECIMALS).toFixed();

/** "2025-04" → itself; null when not a month. */
export const readMonth = (text: string): string | null => (/^[12]\d{3}-(?:0[1-9]|1[0-2])$/.test(text) ? text : null);

/** "2025-04-30" or "30 April 2025" → "2025-04-30"; null when not a calendar date. */
export function readDay(text: string): string | null {
  const iso = /^([12]\d{3})-(\d{2})-(\d{2})$/.exec(text);
  const long = /^(\d{1,2}) ([A-Za-z]+) ([12]\d{3})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : long
      ? [Number(long[3]), MONTH_NAMES.indexOf(long[2].toLowerCase()) + 1, Number(long[1])]
      : [0, 0, 0];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A published value: a positive decimal with a point. Null (and a problem) otherwise. */
function readValue(text: string, line: number, column: string, problems: RateCsvProblem[]): Decimal | null {
  const value = readDecimal(text, false);
  if (value === null) problems.push(problem(line, "BAD_RATE", { value: text, column, example: "1.0823" }));
  else if (value.toDecimalPlaces(RATE_DECIMALS).lte(0))
    problems.push(problem(line, "RATE_NOT_POSITIVE", { value: text, column }));
  else return value;
  return null;
}

type Month = {
  from: string;
  to: string;
  period: string;
  line: number;
  days: number;
  sum: Decimal;
  lastDate: string;
  last: Decimal;
};

/** Daily values of each currency pair, gathered into months. */
class DailyRates {
  private readonly months = new Map<string, Month>();
  private readonly seen = new Map<string, number>();

  add(line: number, from: string, to: string, date: string, value: Decimal, problems: RateCsvProblem[]): void {
    const firstLine = this.seen.get(`${from}>${to}>${date}`);
    if (firstLine !== undefined) {
      problems.push(problem(line, "DUPLICATE_DAY", { from, to, date, firstLine }));
      return;
    }
    this.seen.set(`${from}>${to}>${date}`, line);
    const period = date.slice(0, 7);
    const month = this.months.get(`${from}>${to}>${period}`);
    if (!month) {
      this.months.set(`${from}>${to}>${period}`, {
        from,
        to,
        period,
        line,
        days: 1,
        sum: value,
        lastDate: date,
        last: value,
      });
      return;
    }
    [month.days, month.sum] = [month.days + 1, month.sum.plus(value)];
    if (date > month.lastDate) [month.lastDate, month.last] = [date, value];
  }

  /** One rate a month, with the line of the month's first value (for reporting). */
  rates(rule: MonthlyRule): { rate: ParsedRate; line: number }[] {
    return [...this.months.values()].map(({ from, to, period, line, days, sum, last }) => ({
      rate:
        rule === "average"
          ? { from, to, period, rate: toRate(sum.dividedBy(days)), days }
          : { from, to, period, rate: toRate(last) },
      line,
    }));
  }
}

export const isEcbDailyHeader = (cells: string[]): boolean =>
  cells[0]?.toLowerCase() === "date" && cells.slice(1).some((cell) => cell !== "");

/** eurofxref-hist.csv / eurofxref.csv: `Date,USD,JPY,…,` — every cell 1 EUR in that column's currency. */
export function parseEcbDaily(header: CsvLine, rows: CsvLine[], rule: MonthlyRule): LayoutResult {
  const problems: RateCsvProblem[] = [];
  const names = withoutTrailingEmpty(header.cells);
  const usable = names.map((name, index) => {
    const column = name === "" ? index + 1 : name;
    if (index === 0) return false;
    if (!/^[A-Z]{3}$/.test(name)) problems.push(problem(header.line, "UNKNOWN_CURRENCY", { currency: name, column }));
    else if (name === "EUR") problems.push(problem(header.line, "SAME_CURRENCY", { currency: name, column }));
    else if (names.indexOf(name) !== index)
      problems.push(problem(header.line, "DUPLICATE_COLUMN", { currency: name, column }));
    else return true;
    return false;
  });
  const daily = new DailyRates();
  const withValues = new Set<string>();
  const dates = new Map<string, number>();
  for (const { line, cells } of rows) {
    const trailingComma = cells.length === names.length + 1 && cells[names.length] === "";
    if (cells.length !== names.length && !trailingComma) {
      problems.push(
        problem(line, "COLUMN_COUNT", { expected: names.length, found: withoutTrailingEmpty(cells).length }),
      );
      continue;
    }
    const date = readDay(cells[0]);
    if (date === null) {
      problems.push(problem(line, "BAD_DATE", { value: cells[0], column: names[0] }));
      continue;
    }
    const firstLine = dates.get(date);
    if (firstLine !== undefined) {
      problems.push(problem(line, "DUPLICATE_DAY", { date, firstLine }));
      continue;
    }
    dates.set(date, line);
    names.forEach((code, index) => {
      if (index === 0 || MISSING.has(cells[index].toUpperCase())) return;
      const value = readValue(cells[index], line, code, problems);
      if (value === null || !usable[index]) return;
      withValues.add(code);
      if (isIsoCurrency(code)) daily.add(line, "EUR", code, date, value, problems);
    });
  }
  // A column without any value is skipped whatever its code; one with values needs a known code.
  for (const code of withValues) {
    if (!isIsoCurrency(code) && !WITHDRAWN_ECB_CODES.has(code))
      problems.push(problem(header.line, "UNKNOWN_CURRENCY", { currency: code, column: code }));
  }
  return { rates: daily.rates(rule).map(({ rate }) => rate), problems };
}

export const isPortalHeader = (cells: string[]): boolean => {
  const names = new Set(cells.map((cell) => cell.toUpperCase()));
  return PORTAL_COLUMNS.every((name) => names.has(name));
};

/**
 * The Data Portal's CSV (data.ecb.europa.eu, series EXR.M.USD.EUR.SP00.A and the like):
 * 1 CURRENCY_DENOM = OBS_VALUE CURRENCY. Monthly rows are taken as published (rounded to
 * 10 decimals; the portal writes up to 13), whatever the rule; daily rows are gathered into months.
 */
export function parsePortal(header: CsvLine, rows: CsvLine[], rule: MonthlyRule): LayoutResult {
  const problems: RateCsvProblem[] = [];
  const [freqAt, toAt, fromAt, periodAt, valueAt] = [
    "FREQ",
    "CURRENCY",
    "CURRENCY_DENOM",
    "TIME_PERIOD",
    "OBS_VALUE",
  ].map((name) => header.cells.findIndex((cell) => cell.toUpperCase() === name));
  const currency = (line: number, cells: string[], at: number): string | null => {
    const code = cells[at];
    if (isIsoCurrency(code)) return code;
    if (!WITHDRAWN_ECB_CODES.has(code))
      problems.push(problem(line, "UNKNOWN_CURRENCY", { currency: code, column: header.cells[at] }));
    return null;
  };
  const daily = new DailyRates();
  const monthly = new Map<string, { rate: ParsedRate; line: number }>();
  for (const { line, cells } of rows) {
    if (cells.length !== header.cells.length) {
      problems.push(problem(line, "COLUMN_COUNT", { expected: header.cells.length, found: cells.length }));
      continue;
    }
    if (MISSING.has(cells[valueAt].toUpperCase())) continue;
    const freq = cells[freqAt].toUpperCase();
    if (freq !== "M" && freq !== "D") {
      problems.push(problem(line, "BAD_FREQUENCY", { value: cells[freqAt], column: header.cells[freqAt] }));
      continue;
    }
    const [from, to] = [currency(line, cells, fromAt), currency(line, cells, toAt)];
    if (from === null || to === null) continue;
    if (from === to) {
      problems.push(problem(line, "SAME_CURRENCY", { currency: from }));
      continue;
    }
    const period = freq === "M" ? readMonth(cells[periodAt]) : readDay(cells[periodAt]);
    if (period === null) {
      problems.push(
        problem(line, freq === "M" ? "BAD_MONTH" : "BAD_DATE", {
          value: cells[periodAt],
          column: header.cells[periodAt],
        }),
      );
      continue;
    }
    const value = readValue(cells[valueAt], line, header.cells[valueAt], problems);
    if (value === null) continue;
    if (freq === "D") {
      daily.add(line, from, to, period, value, problems);
      continue;
    }
    const first = monthly.get(`${from}>${to}>${period}`);
    if (first) problems.push(problem(line, "DUPLICATE", { from, to, period, firstLine: first.line }));
    else monthly.set(`${from}>${to}>${period}`, { rate: { from, to, period, rate: toRate(value) }, line });
  }
  for (const { rate, line } of daily.rates(rule)) {
    const first = monthly.get(`${rate.from}>${rate.to}>${rate.period}`);
    if (!first) monthly.set(`${rate.from}>${rate.to}>${rate.period}`, { rate, line });
    else
      problems.push(
        problem(Math.max(line, first.line), "DUPLICATE", {
          from: rate.from,
          to: rate.to,
          period: rate.period,
          firstLine: Math.min(line, first.line),
        }),
      );
  }
  return { rates: [...monthly.values()].map(({ rate }) => rate), problems };
}
