import { isIsoCurrency } from "@/lib/shared/currencies";
import {
  type CsvLine,
  type LayoutResult,
  isEcbDailyHeader,
  isPortalHeader,
  parseEcbDaily,
  parsePortal,
  problem,
  RATE_DECIMALS,
  readDecimal,
  readMonth,
  splitCells,
  withoutTrailingEmpty,
} from "./rate-csv-ecb";

// An uploaded exchange-rate file (text) → monthly rates for the rate table, or every problem
// in it, each with its line. Pure: no clock, no database. A stored rate means: in `period`,
// 1 `from` = `rate` `to` (the ECB's way: EUR→USD 1.0823). Three layouts, told apart by the header:
//   ecb-daily        Date,USD,JPY,…,  (the ECB's eurofxref-hist.csv and eurofxref.csv)
//   ecb-data-portal  KEY,FREQ,CURRENCY,CURRENCY_DENOM,…,TIME_PERIOD,OBS_VALUE,…
//   plain            from,to,month,rate  (or with ";" and a decimal comma)
// The ECB layouts live in rate-csv-ecb.ts.

export type RateCsvLayout = "ecb-daily" | "ecb-data-portal" | "plain";

export type ParsedRate = {
  from: string;
  to: string;
  /** YYYY-MM */
  period: string;
  /** A plain decimal, > 0, with at most 10 decimals ("1.0806809524"). */
  rate: string;
  /** The number of daily values behind a monthly average. */
  days?: number;
};

export const RATE_CSV_PROBLEM_CODES = [
  "EMPTY_FILE",
  "UNKNOWN_LAYOUT",
  "NO_RATES",
  "COLUMN_COUNT",
  "UNKNOWN_CURRENCY",
  "SAME_CURRENCY",
  "DUPLICATE_COLUMN",
  "BAD_DATE",
  "BAD_MONTH",
  "BAD_FREQUENCY",
  "BAD_RATE",
  "RATE_NOT_POSITIVE",
  "TOO_MANY_DECIMALS",
  "DUPLICATE",
  "DUPLICATE_DAY",
] as const;
export type RateCsvProblemCode = (typeof RATE_CSV_PROBLEM_CODES)[number];

export type RateCsvProblem = {
  /** 1-based line in the file; 0 = the file as a whole. */
  line: number;
  code: RateCsvProblemCode;
  /** `column` (as the header writes it, or its 1-based position) where one column is concerned. */
  params: Record<string, string | number>;
};

export type RateCsvResult =
  | { ok: true; layout: RateCsvLayout; rates: ParsedRate[] }
  | { ok: false; layout: RateCsvLayout | null; problems: RateCsvProblem[] };

const BOM = "\uFEFF";
const PLAIN_COLUMNS = ["from", "to", "month", "rate"] as const;
type PlainColumn = (typeof PLAIN_COLUMNS)[number];

/**
 * Reads an exchange-rate file. Daily values become one rate a month: their mean (`average`,
 * the default; rounded half-up to 10 decimals) or the last day's value (`last`). Any problem
 * makes the whole file fail: nothing is imported half.
 */
export function parseRateCsv(text: string, options: { monthly?: "average" | "last" } = {}): RateCsvResult {
  const rule = options.monthly ?? "average";
  const lines = (text.startsWith(BOM) ? text.slice(1) : text)
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ raw, line: index + 1 }))
    .filter(({ raw }) => raw.trim() !== "");
  if (lines.length === 0) return { ok: false, layout: null, problems: [problem(0, "EMPTY_FILE")] };

  const [first, ...rest] = lines;
  const detected = detectLayout(first.raw);
  if (detected === null) return { ok: false, layout: null, problems: [problem(first.line, "UNKNOWN_LAYOUT")] };
  const { layout, delimiter } = detected;
  const header: CsvLine = { line: first.line, cells: splitCells(first.raw, delimiter) };
  const rows = rest
    .map(({ raw, line }) => ({ line, cells: splitCells(raw, delimiter) }))
    .filter(({ cells }) => cells.some((cell) => cell !== ""));

  const result =
    layout === "ecb-daily"
      ? parseEcbDaily(header, rows, rule)
      : layout === "ecb-data-portal"
        ? parsePortal(header, rows, rule)
        : parsePlain(header, rows, delimiter === ";");
  const problems = [...result.problems].sort((a, b) => a.line - b.line);
  if (problems.length === 0 && result.rates.length === 0) problems.push(problem(0, "NO_RATES"));
  if (problems.length > 0) return { ok: false, layout, problems };
  const order = (rate: ParsedRate) => `${rate.from}>${rate.to}>${rate.period}`;
  return {
    ok: true,
    layout,
    rates: [...result.rates].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)),
  };
}

function detectLayout(headerLine: string): { layout: RateCsvLayout; delimiter: string } | null {
  const cells = splitCells(headerLine, ",");
  if (isPortalHeader(cells)) return { layout: "ecb-data-portal", delimiter: "," };
  if (isEcbDailyHeader(cells)) return { layout: "ecb-daily", delimiter: "," };
  for (const delimiter of [",", ";"]) {
    if (plainColumns(splitCells(headerLine, delimiter))) return { layout: "plain", delimiter };
  }
  return null;
}

/** Where from, to, month and rate are (in any order, any case); null when the header is not exactly those. */
function plainColumns(cells: string[]): Record<PlainColumn, number> | null {
  const names = withoutTrailingEmpty(cells).map((cell) => cell.toLowerCase());
  if (names.length !== PLAIN_COLUMNS.length || !PLAIN_COLUMNS.every((name) => names.includes(name))) return null;
  return {
    from: names.indexOf("from"),
    to: names.indexOf("to"),
    month: names.indexOf("month"),
    rate: names.indexOf("rate"),
  };
}

/** from,to,month,rate: one rate a row, a decimal point (or a comma in a ";" file), at most 10 decimals. */
function parsePlain(header: CsvLine, rows: CsvLine[], decimalComma: boolean): LayoutResult {
  const at = plainColumns(header.cells)!;
  const column = (name: PlainColumn) => header.cells[at[name]];
  const problems: LayoutResult["problems"] = [];
  const rates: ParsedRate[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    if (cells.length < PLAIN_COLUMNS.length || cells.slice(PLAIN_COLUMNS.length).some((cell) => cell !== "")) {
      problems.push(
        problem(line, "COLUMN_COUNT", { expected: PLAIN_COLUMNS.length, found: withoutTrailingEmpty(cells).length }),
      );
      continue;
    }
    const before = problems.length;
    const [from, to] = (["from", "to"] as const).map((name) => {
      const code = cells[at[name]].toUpperCase();
      if (!isIsoCurrency(code))
        problems.push(problem(line, "UNKNOWN_CURRENCY", { currency: cells[at[name]], column: column(name) }));
      return code;
    });
    const period = readMonth(cells[at.month]);
    if (period === null) problems.push(problem(line, "BAD_MONTH", { value: cells[at.month], column: column("month") }));
    const text = cells[at.rate];
    const rate = readDecimal(text, decimalComma);
    if (rate === null)
      problems.push(
        problem(line, "BAD_RATE", { value: text, column: column("rate"), example: decimalComma ? "1,0823" : "1.0823" }),
      );
    else if (rate.lte(0)) problems.push(problem(line, "RATE_NOT_POSITIVE", { value: text, column: column("rate") }));
    else if (rate.decimalPlaces() > RATE_DECIMALS)
      problems.push(problem(line, "TOO_MANY_DECIMALS", { value: text, column: column("rate") }));
    if (problems.length > before || period === null || rate === null) continue;
    if (from === to) {
      problems.push(problem(line, "SAME_CURRENCY", { currency: from }));
      continue;
    }
    const firstLine = seen.get(`${from}>${to}>${period}`);
    if (firstLine !== undefined) problems.push(problem(line, "DUPLICATE", { from, to, period, firstLine }));
    else {
      seen.set(`${from}>${to}>${period}`, line);
      rates.push({ from, to, period, rate: rate.toFixed() });
    }
  }
  return { rates, problems };
}

type Params = RateCsvProblem["params"];
type Texts = { line: string; column: string; says: Record<RateCsvProblemCode, (p: Params) => string> };

const EN: Texts = {
  line: "Line",
  column: "column",
  says: {
    EMPTY_FILE: () => "the file is empty.",
    UNKNOWN_LAYOUT: () =>
      "the header is not a known exchange-rate layout: expected the ECB layout (Date,USD,JPY,…), the ECB Data Portal layout (KEY,FREQ,…,TIME_PERIOD,OBS_VALUE) or from,to,month,rate.",
    NO_RATES: () => "the file has a header but no exchange rates.",
    COLUMN_COUNT: (p) => `the row has ${p.found} cells where the header has ${p.expected}.`,
    UNKNOWN_CURRENCY: (p) => `"${p.currency}" is not an ISO 4217 currency code.`,
    SAME_CURRENCY: (p) => `a rate from ${p.currency} to ${p.currency} means nothing; from and to must differ.`,
    DUPLICATE_COLUMN: (p) => `${p.currency} has more than one column.`,
    BAD_DATE: (p) => `"${p.value}" is not a date (expected 2025-11-28 or 28 November 2025).`,
    BAD_MONTH: (p) => `"${p.value}" is not a month (expected YYYY-MM, such as 2025-04).`,
    BAD_FREQUENCY: (p) => `frequency "${p.value}" cannot be imported; only M (monthly) and D (daily) can.`,
    BAD_RATE: (p) =>
      p.value === "" ? "the rate is empty." : `"${p.value}" is not a number (write a rate like ${p.example}).`,
    RATE_NOT_POSITIVE: (p) => `the rate ${p.value} is not greater than 0.`,
    TOO_MANY_DECIMALS: (p) => `the rate ${p.value} has more than 10 decimals.`,
    DUPLICATE: (p) => `the rate from ${p.from} to ${p.to} for ${p.period} also appears on line ${p.firstLine}.`,
    DUPLICATE_DAY: (p) =>
      p.from === undefined
        ? `the date ${p.date} also appears on line ${p.firstLine}.`
        : `the rate from ${p.from} to ${p.to} on ${p.date} also appears on line ${p.firstLine}.`,
  },
};

const NL: Texts = {
  line: "Regel",
  column: "kolom",
  says: {
    EMPTY_FILE: () => "het bestand is leeg.",
    UNKNOWN_LAYOUT: () =>
      "de kopregel is geen bekende indeling voor wisselkoersen: verwacht de ECB-indeling (Date,USD,JPY,…), de indeling van het ECB Data Portal (KEY,FREQ,…,TIME_PERIOD,OBS_VALUE) of from,to,month,rate.",
    NO_RATES: () => "het bestand heeft een kopregel maar geen wisselkoersen.",
    COLUMN_COUNT: (p) => `de regel heeft ${p.found} cellen, de kopregel ${p.expected}.`,
    UNKNOWN_CURRENCY: (p) => `"${p.currency}" is geen ISO 4217-valutacode.`,
    SAME_CURRENCY: (p) =>
      `een koers van ${p.currency} naar ${p.currency} zegt niets; van- en naar-valuta moeten verschillen.`,
    DUPLICATE_COLUMN: (p) => `${p.currency} heeft meer dan één kolom.`,
    BAD_DATE: (p) => `"${p.value}" is geen datum (verwacht 2025-11-28 of 28 November 2025).`,
    BAD_MONTH: (p) => `"${p.value}" is geen maand (verwacht JJJJ-MM, zoals 2025-04).`,
    BAD_FREQUENCY: (p) => `frequentie "${p.value}" kan niet worden ingelezen; alleen M (maandelijks) en D (dagelijks).`,
    BAD_RATE: (p) =>
      p.value === "" ? "de koers is leeg." : `"${p.value}" is geen getal (schrijf een koers als ${p.example}).`,
    RATE_NOT_POSITIVE: (p) => `de koers ${p.value} is niet groter dan 0.`,
    TOO_MANY_DECIMALS: (p) => `de koers ${p.value} heeft meer dan 10 decimalen.`,
    DUPLICATE: (p) => `de koers van ${p.from} naar ${p.to} voor ${p.period} staat ook op regel ${p.firstLine}.`,
    DUPLICATE_DAY: (p) =>
      p.from === undefined
        ? `de datum ${p.date} staat ook op regel ${p.firstLine}.`
        : `de koers van ${p.from} naar ${p.to} op ${p.date} staat ook op regel ${p.firstLine}.`,
  },
};

/** The problem as one sentence naming its line (and column): "Line 5, column USD: "abc" is not a number (…)." */
export function rateCsvProblemText(problem: RateCsvProblem, locale: "nl" | "en"): string {
  const texts = locale === "nl" ? NL : EN;
  const says = texts.says[problem.code](problem.params);
  if (problem.line === 0) return says.charAt(0).toUpperCase() + says.slice(1);
  const column = problem.params.column === undefined ? "" : `, ${texts.column} ${problem.params.column}`;
  return `${texts.line} ${problem.line}${column}: ${says}`;
}
