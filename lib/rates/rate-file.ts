import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { AppError } from "@/lib/errors";
import { parseRateCsv, rateCsvProblemText, type RateCsvLayout } from "@/lib/currency/rate-csv";
import type { UiLocale } from "@/lib/i18n/locales";
import { importRates, RATE_IMPORT_INVALID_MESSAGE, type RateImportResult } from "./mutations";
import { rateConflicts, type RateConflict } from "./queries";
import { importedRateProblem, MAX_RATE_FILE_BYTES, RATE_MESSAGES, type ConfirmRateImportInput, type ImportedRate, type PreviewRateImportInput, type RateSource } from "./schemas";

// A rate file from upload to import: the preview parses it and compares it with the stored
// rates (nothing written); the confirmation parses the same text again and imports it.

/** Problems and conflicts shown one by one in a preview; the rest are counted. */
export const PREVIEW_LIST_LIMIT = 200;

export type RatePairSummary = { from: string; to: string; count: number; first: string; last: string };
export type RateFileProblem = { line: number | null; text: string };

export type RateFilePreview =
  | {
      ok: true;
      layout: RateCsvLayout;
      source: RateSource;
      total: number;
      pairs: RatePairSummary[];
      fresh: number;
      unchanged: number;
      conflictCount: number;
      conflicts: RateConflict[];
    }
  | { ok: false; layout: RateCsvLayout | null; problemCount: number; problems: RateFileProblem[] };

type Parsed = { ok: true; layout: RateCsvLayout; source: RateSource; rates: ImportedRate[] } | { ok: false; layout: RateCsvLayout | null; problems: RateFileProblem[] };

/** The file read as rates, or its problems in the user's language (each with its line). */
function readRateFile(text: string, monthly: "average" | "last", locale: UiLocale): Parsed {
  if (Buffer.byteLength(text, "utf8") > MAX_RATE_FILE_BYTES) throw new AppError("INVALID_INPUT", RATE_MESSAGES.fileTooLarge, { file: [RATE_MESSAGES.fileTooLarge] });
  const parsed = parseRateCsv(text, { monthly });
  if (!parsed.ok) return { ok: false, layout: parsed.layout, problems: parsed.problems.map((p) => ({ line: p.line > 0 ? p.line : null, text: rateCsvProblemText(p, locale) })) };
  const layout = parsed.layout;
  const rates = parsed.rates.map((r) => ({ from: r.from, to: r.to, period: r.period, rate: r.rate }));
  // The parser's rates are checked once more against what the table can store.
  const problems = rates.flatMap((r) => {
    const problem = importedRateProblem(r);
    return problem ? [{ line: null, text: `${r.from} → ${r.to} ${r.period}: ${problem}` }] : [];
  });
  if (problems.length > 0) return { ok: false, layout, problems };
  // The ECB's own layouts are "ecb"; a from,to,month,rate file is "csv".
  return { ok: true, layout, source: layout === "plain" ? "csv" : "ecb", rates };
}

/** Rates per currency pair with the months they cover, pairs in alphabetical order. */
export function summarisePairs(rates: readonly ImportedRate[]): RatePairSummary[] {
  const pairs = new Map<string, RatePairSummary>();
  for (const r of rates) {
    const key = `${r.from}>${r.to}`;
    const pair = pairs.get(key);
    if (!pair) pairs.set(key, { from: r.from, to: r.to, count: 1, first: r.period, last: r.period });
    else {
      pair.count += 1;
      if (r.period < pair.first) pair.first = r.period;
      if (r.period > pair.last) pair.last = r.period;
    }
  }
  return [...pairs.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** What importing the file would do; nothing is written. */
export async function previewRateFile(ctx: WorkspaceContext, input: PreviewRateImportInput, locale: UiLocale): Promise<RateFilePreview> {
  const read = readRateFile(input.csvText, input.monthly, locale);
  if (!read.ok) return { ok: false, layout: read.layout, problemCount: read.problems.length, problems: read.problems.slice(0, PREVIEW_LIST_LIMIT) };
  const comparison = await rateConflicts(ctx.workspace.id, read.rates);
  return {
    ok: true,
    layout: read.layout,
    source: read.source,
    total: read.rates.length,
    pairs: summarisePairs(read.rates),
    fresh: comparison.fresh.length,
    unchanged: comparison.unchanged.length,
    conflictCount: comparison.conflicts.length,
    conflicts: comparison.conflicts.slice(0, PREVIEW_LIST_LIMIT),
  };
}

/** Parses the same text again and imports it, all or nothing (see importRates). */
export async function importRateFile(ctx: WorkspaceContext, input: ConfirmRateImportInput, locale: UiLocale): Promise<RateImportResult> {
  const read = readRateFile(input.csvText, input.monthly, locale);
  if (!read.ok) {
    const listed = read.problems.slice(0, PREVIEW_LIST_LIMIT).map((p) => p.text);
    throw new AppError("INVALID_INPUT", RATE_IMPORT_INVALID_MESSAGE, { file: listed });
  }
  return importRates(ctx, { rates: read.rates, source: read.source, sourceDetail: input.fileName, onConflict: input.onConflict });
}
