import { monthNumberOf, periodOfMonthNumber } from "@/lib/investments/months";
import { FATAL_CSV_ERRORS, MAX_NOTE_LENGTH, csvError, type CsvError, type CsvField } from "./csv-errors";
import { detectMonthFormat, parseMonth, type MonthFormat } from "./csv-dates";
import { REQUIRED_FIELDS, type CsvMapping } from "./csv-mapping";
import { DECIMAL_FORMAT_EXAMPLE, detectDecimalFormat, parseAmount, type DecimalFormat } from "./csv-numbers";
import { checkCsvText, readCsvTable, type CsvTable } from "./csv-table";

export { MAX_CSV_BYTES, MAX_CSV_ROWS, describeCsvError, type CsvError, type CsvErrorCode } from "./csv-errors";
export { MONTH_FORMATS, type MonthFormat } from "./csv-dates";
export { suggestMapping, type CsvMapping } from "./csv-mapping";
export { DECIMAL_FORMATS, type DecimalFormat } from "./csv-numbers";
export { checkCsvText, decodeCsvBytes, readCsvTable, readCsvTableInSteps, type CsvTable } from "./csv-table";

export type ActualsCsvOptions = {
  mapping: Partial<CsvMapping>;
  /** Overrides the detected decimal format. */
  decimalFormat?: DecimalFormat | "auto";
  startMonth: string;
  horizonMonths: number;
  /** "YYYY-MM" of today: later months are refused. */
  currentPeriod: string;
  /** Months that already have actuals; they are errors unless replaceExisting. */
  existingPeriods?: readonly string[];
  replaceExisting?: boolean;
};

export type ParsedActualRow = { line: number; period: string; cost: string; benefit: string; note: string; replaces: boolean };
/** Every data row as read (for the preview), whether or not it is valid. */
export type CsvRecord = { line: number; month: string; cost: string; benefit: string; note: string };

export type ActualsCsvResult = {
  delimiter: string;
  headers: string[];
  formats: { decimal: DecimalFormat; decimalDetected: DecimalFormat; decimalAmbiguous: boolean; month: MonthFormat | null };
  records: CsvRecord[];
  rows: ParsedActualRow[];
  /** Lines with neither cost nor benefit: a month without actuals (as in our own CSV export), left alone. */
  skipped: number[];
  errors: CsvError[];
};

function mappingErrors(headers: readonly string[], mapping: Partial<CsvMapping>): CsvError[] {
  const errors: CsvError[] = [];
  const fields = [...REQUIRED_FIELDS, ...(mapping.note ? (["note"] as const) : [])];
  for (const field of fields) {
    const header = mapping[field];
    if (!header || !headers.includes(header)) {
      errors.push(csvError({ line: 1, column: header ?? null, field, code: "MISSING_COLUMN", params: { field, header: header ?? "" } }));
    }
  }
  const chosen = fields.map((field) => mapping[field]).filter((h): h is string => Boolean(h));
  for (const header of new Set(chosen.filter((h, i) => chosen.indexOf(h) !== i))) {
    errors.push(csvError({ line: 1, column: header, field: "file", code: "SAME_COLUMN_TWICE", params: { header } }));
  }
  return errors;
}

function pickRecords(table: CsvTable, mapping: CsvMapping): CsvRecord[] {
  const index = (header?: string) => (header ? table.headers.indexOf(header) : -1);
  const at = { month: index(mapping.month), cost: index(mapping.cost), benefit: index(mapping.benefit), note: index(mapping.note) };
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? "") : "");
  return table.records.map(({ line, cells }) => ({
    line,
    month: cell(cells, at.month).trim(),
    cost: cell(cells, at.cost),
    benefit: cell(cells, at.benefit),
    note: cell(cells, at.note).trim(),
  }));
}

/** Applies a mapping and the investment's rules to a table read by readCsvTable. Pure; runs in the browser and on the server. */
export function analyseActualsTable(table: CsvTable, options: ActualsCsvOptions): ActualsCsvResult {
  const detected = detectDecimalFormat([], table.delimiter);
  const empty = { delimiter: table.delimiter, headers: table.headers, records: [], rows: [], skipped: [] };
  const fatal = table.errors.filter((e) => FATAL_CSV_ERRORS.includes(e.code));
  const blocking = fatal.length > 0 ? fatal : mappingErrors(table.headers, options.mapping);
  if (blocking.length > 0) {
    return { ...empty, formats: { decimal: detected.format, decimalDetected: detected.format, decimalAmbiguous: true, month: null }, errors: blocking };
  }
  const mapping = options.mapping as CsvMapping;
  const records = pickRecords(table, mapping);
  const decimal = detectDecimalFormat(records.flatMap((r) => [r.cost, r.benefit]), table.delimiter);
  const decimalFormat = options.decimalFormat && options.decimalFormat !== "auto" ? options.decimalFormat : decimal.format;
  const monthFormat = detectMonthFormat(records.map((r) => r.month));
  const context: RowContext = { ...options, mapping, decimalFormat, monthFormat, firstLineOf: new Map(), existing: new Set(options.existingPeriods ?? []) };
  const rows: ParsedActualRow[] = [];
  const skipped: number[] = [];
  const errors = [...table.errors];
  for (const record of records) {
    if (record.cost.trim() === "" && record.benefit.trim() === "") {
      skipped.push(record.line);
      continue;
    }
    const outcome = checkRecord(record, context);
    if ("row" in outcome) rows.push(outcome.row);
    else errors.push(...outcome.errors);
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    ...empty,
    formats: { decimal: decimalFormat, decimalDetected: decimal.format, decimalAmbiguous: decimal.ambiguous, month: monthFormat },
    records,
    rows,
    skipped,
    errors,
  };
}

type RowContext = ActualsCsvOptions & {
  mapping: CsvMapping;
  decimalFormat: DecimalFormat;
  monthFormat: MonthFormat | null;
  firstLineOf: Map<string, number>;
  existing: Set<string>;
};

function checkMonth(record: CsvRecord, ctx: RowContext): { period: string } | { code: CsvError["code"]; params: CsvError["params"] } {
  if (record.month === "") return { code: "MONTH_EMPTY", params: {} };
  const period = ctx.monthFormat ? parseMonth(record.month, ctx.monthFormat) : null;
  if (!period) return { code: "MONTH_UNREADABLE", params: { value: record.month, format: ctx.monthFormat ?? "" } };
  const n = monthNumberOf(ctx.startMonth, period);
  if (n < 1 || n > ctx.horizonMonths) {
    return { code: "MONTH_OUTSIDE_HORIZON", params: { period, first: ctx.startMonth, last: periodOfMonthNumber(ctx.startMonth, ctx.horizonMonths) } };
  }
  if (period > ctx.currentPeriod) return { code: "MONTH_IN_FUTURE", params: { period } };
  const firstLine = ctx.firstLineOf.get(period);
  if (firstLine !== undefined) return { code: "MONTH_DUPLICATE", params: { period, firstLine } };
  ctx.firstLineOf.set(period, record.line);
  if (ctx.existing.has(period) && !ctx.replaceExisting) return { code: "MONTH_EXISTS", params: { period } };
  return { period };
}

function checkRecord(record: CsvRecord, ctx: RowContext): { row: ParsedActualRow } | { errors: CsvError[] } {
  const errors: CsvError[] = [];
  const fail = (field: CsvField, code: CsvError["code"], params: CsvError["params"] = {}) =>
    errors.push(csvError({ line: record.line, column: field === "file" ? null : (ctx.mapping[field] ?? null), field, code, params }));
  const month = checkMonth(record, ctx);
  if ("code" in month) fail("month", month.code, month.params);
  const amounts = { cost: "", benefit: "" };
  for (const field of ["cost", "benefit"] as const) {
    const parsed = parseAmount(record[field], ctx.decimalFormat);
    if (parsed.ok) amounts[field] = parsed.value;
    else fail(field, parsed.code, { value: record[field].trim(), format: DECIMAL_FORMAT_EXAMPLE[ctx.decimalFormat] });
  }
  if (record.note.length > MAX_NOTE_LENGTH) fail("note", "NOTE_TOO_LONG");
  if (errors.length > 0 || "code" in month) return { errors };
  return { row: { line: record.line, period: month.period, ...amounts, note: record.note, replaces: ctx.existing.has(month.period) } };
}

/** Text → validated rows, in one call (the server's path; the browser reads the table in steps first). */
export function parseActualsCsv(text: string, options: ActualsCsvOptions): ActualsCsvResult {
  const checked = checkCsvText(text);
  const table: CsvTable = checked.ok ? readCsvTable(checked.text) : { delimiter: ",", headers: [], records: [], errors: [checked.error] };
  return analyseActualsTable(table, options);
}
