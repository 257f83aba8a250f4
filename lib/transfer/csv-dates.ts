/** Month cells in the formats spreadsheets produce, read as "YYYY-MM" periods. */
export const MONTH_FORMATS = ["YYYY-MM", "YYYY-MM-DD", "MM-YYYY", "DD-MM-YYYY", "MM-DD-YYYY", "MONTH YYYY"] as const;
export type MonthFormat = (typeof MONTH_FORMATS)[number];

const MONTH_NAMES: Record<string, number> = {};
const NAMES = [
  ["january", "januari", "jan"],
  ["february", "februari", "feb"],
  ["march", "maart", "mar", "mrt"],
  ["april", "apr"],
  ["may", "mei"],
  ["june", "juni", "jun"],
  ["july", "juli", "jul"],
  ["august", "augustus", "aug"],
  ["september", "sep", "sept"],
  ["october", "oktober", "oct", "okt"],
  ["november", "nov"],
  ["december", "dec"],
];
NAMES.forEach((names, index) => names.forEach((name) => (MONTH_NAMES[name] = index + 1)));

const inYears = (year: number) => year >= 1900 && year <= 2199;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function toPeriod(year: number, month: number, day?: number): string | null {
  if (!inYears(year) || month < 1 || month > 12) return null;
  if (day !== undefined && (day < 1 || day > daysIn(year, month))) return null;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Separators unified to "-", a time of day after a full date dropped ("2026-03-01 00:00:00"). */
function normalise(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})[ t]\d{1,2}:\d{2}.*$/, "$1")
    .replace(/(\d)\s*[/.]\s*(?=\d)/g, "$1-")
    .replace(/(\d)\s+-\s+(?=\d)/g, "$1-");
}

const READERS: Record<MonthFormat, (value: string) => string | null> = {
  "YYYY-MM": (v) => match(v, /^(\d{4})-(\d{1,2})$/, ([y, m]) => toPeriod(y, m)),
  "YYYY-MM-DD": (v) => match(v, /^(\d{4})-(\d{1,2})-(\d{1,2})$/, ([y, m, d]) => toPeriod(y, m, d)),
  "MM-YYYY": (v) => match(v, /^(\d{1,2})-(\d{4})$/, ([m, y]) => toPeriod(y, m)),
  "DD-MM-YYYY": (v) => match(v, /^(\d{1,2})-(\d{1,2})-(\d{4})$/, ([d, m, y]) => toPeriod(y, m, d)),
  "MM-DD-YYYY": (v) => match(v, /^(\d{1,2})-(\d{1,2})-(\d{4})$/, ([m, d, y]) => toPeriod(y, m, d)),
  "MONTH YYYY": (v) => {
    const found = /^([a-z]+)\.?[\s-]+'?(\d{4})$/.exec(v);
    const month = found ? MONTH_NAMES[found[1]] : undefined;
    return found && month ? toPeriod(Number(found[2]), month) : null;
  },
};

function match(value: string, pattern: RegExp, build: (parts: number[]) => string | null): string | null {
  const found = pattern.exec(value);
  return found ? build(found.slice(1).map(Number)) : null;
}

export function parseMonth(raw: string, format: MonthFormat): string | null {
  return READERS[format](normalise(raw));
}

/**
 * The format that reads the most cells of the column; on a tie the earlier one in
 * MONTH_FORMATS wins, so 01-03-2026 is 1 March (day first) unless the column proves otherwise.
 */
export function detectMonthFormat(values: readonly string[]): MonthFormat | null {
  let best: MonthFormat | null = null;
  let bestCount = 0;
  const normalised = values.map(normalise).filter((value) => value !== "");
  for (const format of MONTH_FORMATS) {
    const count = normalised.reduce((sum, value) => sum + (READERS[format](value) ? 1 : 0), 0);
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  return best;
}
