/** Problems found in a CSV file. Each carries a code (translated in the UI) and an English message (server, logs, tests). */
export const CSV_ERROR_CODES = [
  "FILE_TOO_LARGE",
  "TOO_MANY_ROWS",
  "NOT_UTF8",
  "NOT_TEXT",
  "EMPTY_FILE",
  "NO_DATA_ROWS",
  "MISSING_COLUMN",
  "SAME_COLUMN_TWICE",
  "UNTERMINATED_QUOTE",
  "MONTH_EMPTY",
  "MONTH_UNREADABLE",
  "MONTH_OUTSIDE_HORIZON",
  "MONTH_IN_FUTURE",
  "MONTH_DUPLICATE",
  "MONTH_EXISTS",
  "AMOUNT_EMPTY",
  "AMOUNT_UNREADABLE",
  "AMOUNT_NEGATIVE",
  "AMOUNT_TOO_LARGE",
  "AMOUNT_TOO_PRECISE",
  "NOTE_TOO_LONG",
] as const;
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];

/** Problems with the file as a whole: nothing in it is read further. */
export const FATAL_CSV_ERRORS: readonly CsvErrorCode[] = ["FILE_TOO_LARGE", "TOO_MANY_ROWS", "NOT_UTF8", "NOT_TEXT", "EMPTY_FILE", "NO_DATA_ROWS"];

export type CsvField = "file" | "month" | "cost" | "benefit" | "note";
export type CsvErrorParams = Record<string, string | number>;

export type CsvError = {
  /** 1-based line in the file (the header is line 1); null for problems of the file as a whole. */
  line: number | null;
  /** The header of the column concerned, as written in the file. */
  column: string | null;
  field: CsvField;
  code: CsvErrorCode;
  params: CsvErrorParams;
  message: string;
};

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;
// The same limit as the actuals grid.
export const MAX_NOTE_LENGTH = 2000;
/** Per month; anything above is a typo or a misread decimal format, not a real figure. */
export const MAX_AMOUNT = "1000000000000";

const MESSAGES: Record<CsvErrorCode, (p: CsvErrorParams) => string> = {
  FILE_TOO_LARGE: () => "The file is larger than 5 MB; split it into smaller files",
  TOO_MANY_ROWS: () => "The file has more than 10,000 rows; split it into smaller files",
  NOT_UTF8: (p) =>
    `The file is not UTF-8 text${p.line ? ` (line ${p.line} has characters that cannot be read)` : ""}; save it as "CSV UTF-8" and try again`,
  NOT_TEXT: () => "This is not a CSV text file",
  EMPTY_FILE: () => "The file is empty",
  NO_DATA_ROWS: () => "The file has a header row but no data rows",
  MISSING_COLUMN: (p) => `Choose the column for ${p.field}${p.header ? ` (the file has no column "${p.header}")` : ""}`,
  SAME_COLUMN_TWICE: (p) => `Column "${p.header}" is chosen for more than one field`,
  UNTERMINATED_QUOTE: () => "A quoted value is not closed (a \" is missing)",
  MONTH_EMPTY: () => "The month is empty",
  MONTH_UNREADABLE: (p) => `"${p.value}" is not a month we can read${p.format ? ` (expected ${p.format})` : ""}`,
  MONTH_OUTSIDE_HORIZON: (p) => `${p.period} is outside the investment's horizon (${p.first} – ${p.last})`,
  MONTH_IN_FUTURE: (p) => `${p.period} is in the future; only past and current months can be recorded`,
  MONTH_DUPLICATE: (p) => `${p.period} appears more than once (also on line ${p.firstLine})`,
  MONTH_EXISTS: (p) => `${p.period} already has actuals; tick "Replace existing months" to overwrite them`,
  AMOUNT_EMPTY: () => "The amount is empty; enter 0 if there was none",
  AMOUNT_UNREADABLE: (p) => `"${p.value}" is not a number we can read (decimal format ${p.format})`,
  AMOUNT_NEGATIVE: (p) => `"${p.value}" is negative; amounts must be 0 or more`,
  AMOUNT_TOO_LARGE: (p) => `"${p.value}" is implausibly large for one month; check the decimal format`,
  AMOUNT_TOO_PRECISE: (p) => `"${p.value}" has more than 2 decimals; check the decimal format`,
  NOTE_TOO_LONG: () => `The note is longer than ${MAX_NOTE_LENGTH} characters`,
};

export function csvError(input: { line: number | null; column?: string | null; field: CsvField; code: CsvErrorCode; params?: CsvErrorParams }): CsvError {
  const params = input.params ?? {};
  return { line: input.line, column: input.column ?? null, field: input.field, code: input.code, params, message: MESSAGES[input.code](params) };
}

/** "line 12, Kosten: …" — how a row error reads in plain text (server messages, logs). */
export function describeCsvError(error: CsvError): string {
  const where = [error.line !== null ? `line ${error.line}` : null, error.column].filter(Boolean).join(", ");
  return where ? `${where}: ${error.message}` : error.message;
}

const MAX_REPORTED = 200;

/** Row errors as action field errors keyed "line.<n>.<field>" (or "file"), so the browser can place them again. */
export function csvErrorsToFieldErrors(errors: readonly CsvError[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const error of errors.slice(0, MAX_REPORTED)) {
    const key = error.line === null ? "file" : `line.${error.line}.${error.field}`;
    (out[key] ??= []).push(error.message);
  }
  return out;
}

export function fieldErrorsToRowMessages(fieldErrors: Record<string, string[]>): { line: number | null; field: string; message: string }[] {
  return Object.entries(fieldErrors).flatMap(([key, messages]) => {
    const match = /^line\.(\d+)\.(\w+)$/.exec(key);
    return messages.map((message) => ({ line: match ? Number(match[1]) : null, field: match ? match[2] : key, message }));
  });
}
