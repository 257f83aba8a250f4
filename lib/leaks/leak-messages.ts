// A value leak in the reader's language. The engine (lib/roi) reports each leak as a code
// with typed params; this turns them into one sentence: the finding, then the next step,
// with money, percentages and periods formatted in the reader's locale. Pure and free of
// framework imports, so server components, client components, the PDF and the CLI share it.
import { formatMoney, formatNumber, formatPeriod } from "@/lib/i18n/format";
import { FORMAT_LOCALE, type UiLocale } from "@/lib/i18n/locales";
import type { Leak, LeakCode } from "@/lib/roi";
import { en } from "./leak-messages.en";
import { nl } from "./leak-messages.nl";
import type { LeakCatalogue, LeakFormat, LeakMessageEntry } from "./leak-message-types";
import { hasLeakParams, isLeakCode } from "./leak-params";

export type { LeakCatalogue } from "./leak-message-types";

/** One catalogue per language, keyed by leak code. */
export const LEAK_CATALOGUES: Record<UiLocale, LeakCatalogue> = { en, nl };

// Intl formats a decimal string exactly (no float rounding on the way).
type ExactFormat = { format(value: string): string };

/** A KPI value as measured: all its decimals, grouped in the locale's way. */
function formatMeasurement(value: number, locale: UiLocale): string {
  const nf = new Intl.NumberFormat(FORMAT_LOCALE[locale], { maximumFractionDigits: 20 }) as unknown as ExactFormat;
  return nf.format(String(value));
}

export function createLeakFormat(locale: UiLocale, currency: string): LeakFormat {
  return {
    money: (value) => formatMoney(value, locale, currency),
    // Half-up to at most 2 decimals, like the engine: 12.5 stays "12.5%", not "12.50%".
    pct: (value) => `${formatNumber(value, locale, 2)}%`,
    number: (value) => formatMeasurement(value, locale),
    period: (period) => formatPeriod(period, locale),
  };
}

/** Only code, params and kpi are read: the same text wherever a leak is shown. */
export type LeakMessageSource = Pick<Leak, "code" | "params" | "kpi">;

/**
 * The full sentence of a leak (finding + next step) in `locale`, money in `currency`.
 * Leaks without usable params (stored by an older version) get their code's generic line.
 */
export function renderLeakMessage(leak: LeakMessageSource, locale: UiLocale, currency: string): string {
  const catalogue = LEAK_CATALOGUES[locale];
  const code: unknown = leak.code;
  if (!isLeakCode(code)) return catalogue.unknownCode;
  return renderCode(catalogue, code, leak, createLeakFormat(locale, currency));
}

function renderCode<C extends LeakCode>(
  catalogue: LeakCatalogue,
  code: C,
  leak: LeakMessageSource,
  format: LeakFormat,
): string {
  const entry: LeakMessageEntry<C> = catalogue.codes[code];
  const kpi = typeof leak.kpi === "string" && leak.kpi !== "" ? leak.kpi : null;
  const finding = hasLeakParams(code, leak.params)
    ? entry.finding(leak.params, format, kpi)
    : entry.findingWithoutParams(kpi);
  return `${finding} ${entry.nextStep}`;
}

/** Month numbers of the plan in words, in `locale`: "months 1–3" / "maand 1 t/m 3". */
export function describeLeakMonths(months: readonly number[], locale: UiLocale): string {
  return LEAK_CATALOGUES[locale].describeMonths(months);
}
