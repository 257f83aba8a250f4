import Decimal from "decimal.js";
import { z } from "zod";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { checkPeriodText, periodField, YEAR_RANGE_MESSAGE } from "@/lib/shared/calendar-range";
import { ISO_CURRENCY_MESSAGE, isIsoCurrency } from "@/lib/shared/currencies";
import { notationOfLocale, parseDecimalInput, type DecimalNotation } from "@/lib/shared/decimal-input";

// A workspace's monthly exchange rate as a person types it or a file gives it: in `month`,
// 1 `from` = `rate` `to` (the ECB's way: EUR → USD 1.0823). The rate is read exactly, in
// the notation of the user's language ("1,0823" in Dutch), never through a float.

export const RATE_SOURCES = ["manual", "ecb", "csv", "api", "import"] as const;
export type RateSource = (typeof RATE_SOURCES)[number];

/** The column is Decimal(30, 10). */
export const MAX_RATE_DECIMALS = 10;
/** Anything above is a typo or a misread decimal separator, not an exchange rate. */
export const MAX_RATE = "1000000000000";
/** The largest rate file accepted (the ECB's full history is about 1.5 MB unpacked). */
export const MAX_RATE_FILE_BYTES = 5 * 1024 * 1024;

const Dec = Decimal.clone({ precision: 60 });

export const RATE_MESSAGES = {
  format: { en: "Enter a rate such as 1.0823", nl: "Enter a rate such as 1,0823" } as Record<UiLocale, string>,
  required: "Enter a rate",
  positive: "The rate must be greater than 0",
  decimals: `Use at most ${MAX_RATE_DECIMALS} decimals`,
  tooLarge: "This rate is too large (at most 1,000,000,000,000)",
  tooLong: "This number is too long",
  sameCurrency: "Choose two different currencies",
  month: "Use a month like 2026-01 (YYYY-MM)",
  fileTooLarge: "The file is larger than 5 MB; split it into smaller files",
  noFile: "Choose a file",
  stale: "Reload the page and try again",
} as const;

export type RateReading = { ok: true; value: string } | { ok: false; message: string };

/**
 * A typed or imported rate → its exact decimal string ("1.0823"); a message when it is not a
 * rate that can be stored: > 0, at most 10 decimals, at most 1,000,000,000,000.
 */
export function readRate(raw: unknown, notation: DecimalNotation, formatMessage: string = RATE_MESSAGES.format.en): RateReading {
  const text = typeof raw === "number" && Number.isFinite(raw) ? String(raw) : typeof raw === "string" ? raw : null;
  if (text === null) return { ok: false, message: formatMessage };
  const parsed = parseDecimalInput(text, notation);
  if (!parsed.ok) return { ok: false, message: parsed.reason === "EMPTY" ? RATE_MESSAGES.required : formatMessage };
  const rate = new Dec(parsed.value);
  if (rate.lte(0)) return { ok: false, message: RATE_MESSAGES.positive };
  if (rate.decimalPlaces() > MAX_RATE_DECIMALS) return { ok: false, message: RATE_MESSAGES.decimals };
  if (rate.gt(MAX_RATE)) return { ok: false, message: RATE_MESSAGES.tooLarge };
  return { ok: true, value: rate.toFixed() };
}

/** An ISO 4217 code as typed: " usd " is USD. */
export const currencyCode = z.string().trim().toUpperCase().refine(isIsoCurrency, ISO_CURRENCY_MESSAGE);
export const rateMonth = periodField(RATE_MESSAGES.month);

const recordId = z.string().min(1).max(64);
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const flag = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());
/** The row's updatedAt when the user opened it (ISO 8601): a save is refused when it changed since. */
const expectedUpdatedAt = z.preprocess(
  blankToUndefined,
  z.iso.datetime({ message: RATE_MESSAGES.stale, offset: true }).optional(),
);
const numberLocale = z.enum(UI_LOCALES).default("en");

const textOf = (value: unknown) => (typeof value === "string" ? value : "");
const localeOf = (value: unknown): UiLocale => ((UI_LOCALES as readonly unknown[]).includes(value) ? (value as UiLocale) : "en");
/** Runs even when another field failed, so every wrong field is named at once. */
const evenAfterOtherIssues = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

type RateText = { from?: unknown; to?: unknown; rate?: unknown; locale?: unknown };

/** The checks across fields, on the raw values (a failed field's value may be anything). */
function rateIssues(input: RateText): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  const locale = localeOf(input.locale);
  const reading = readRate(textOf(input.rate), notationOfLocale(locale), RATE_MESSAGES.format[locale]);
  if (!reading.ok) issues.push({ path: ["rate"], message: reading.message });
  const from = textOf(input.from).trim().toUpperCase();
  const to = textOf(input.to).trim().toUpperCase();
  if (from !== "" && from === to) issues.push({ path: ["to"], message: RATE_MESSAGES.sameCurrency });
  return issues;
}

/** A rate entered in the app. `id`: the row being edited; `replace`: overwrite the month's existing rate. */
export const saveRateInput = z
  .object({
    id: z.preprocess(blankToUndefined, recordId.optional()),
    from: currencyCode,
    to: currencyCode,
    month: rateMonth,
    rate: z.string().max(64, RATE_MESSAGES.tooLong).default(""),
    locale: numberLocale,
    replace: flag.default(false),
    expectedUpdatedAt,
  })
  .superRefine((input, ctx) => {
    for (const issue of rateIssues(input)) ctx.addIssue({ code: "custom", ...issue });
  }, evenAfterOtherIssues)
  .transform((input): SaveRateData => {
    const reading = readRate(input.rate, notationOfLocale(input.locale));
    return {
      ...(input.id ? { id: input.id } : {}),
      from: input.from,
      to: input.to,
      month: input.month,
      rate: reading.ok ? reading.value : "",
      replace: input.replace,
      ...(input.expectedUpdatedAt ? { expectedUpdatedAt: input.expectedUpdatedAt } : {}),
    };
  });

/** What saveRate writes: the rate as an exact decimal string. */
export type SaveRateData = {
  id?: string;
  from: string;
  to: string;
  month: string;
  rate: string;
  replace?: boolean;
  expectedUpdatedAt?: string;
};

export const deleteRateInput = z.object({ id: recordId, expectedUpdatedAt });

/** One rate of a file, as lib/currency/rate-csv gives it ("1.0823", period "2026-07"). */
export type ImportedRate = { from: string; to: string; period: string; rate: string };
export const IMPORT_CONFLICT_CHOICES = ["fail", "keep", "replace"] as const;
export type ImportConflictChoice = (typeof IMPORT_CONFLICT_CHOICES)[number];

const rateFile = {
  // Characters, not bytes: the mutation checks the exact UTF-8 size.
  csvText: z.string().min(1, RATE_MESSAGES.noFile).max(MAX_RATE_FILE_BYTES, RATE_MESSAGES.fileTooLarge),
  fileName: z.string().trim().max(200).default(""),
  /** How a file of daily rates (the ECB's) becomes one rate a month. */
  monthly: z.enum(["average", "last"]).default("average"),
};

export const previewRateImportInput = z.object(rateFile);
export type PreviewRateImportInput = z.infer<typeof previewRateImportInput>;

export const confirmRateImportInput = z.object({
  ...rateFile,
  onConflict: z.enum(IMPORT_CONFLICT_CHOICES).default("fail"),
});
export type ConfirmRateImportInput = z.infer<typeof confirmRateImportInput>;

/** Why one rate of an import cannot be stored (an empty list: all can). Read in the file's own notation (a point). */
export function importedRateProblem(rate: ImportedRate): string | null {
  if (!isIsoCurrency(rate.from) || !isIsoCurrency(rate.to)) return ISO_CURRENCY_MESSAGE;
  if (rate.from === rate.to) return RATE_MESSAGES.sameCurrency;
  const period = checkPeriodText(rate.period);
  if (period !== "ok") return period === "format" ? RATE_MESSAGES.month : YEAR_RANGE_MESSAGE;
  const reading = readRate(rate.rate, "point");
  return reading.ok ? null : reading.message;
}
