import { invalidInput } from "@/lib/errors";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { currentPeriod, periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { SCENARIO_NAMES, type ScenarioName } from "@/lib/roi";

/** Calendar months "YYYY-MM", both included. */
export type ReportPeriod = { from: string; to: string };

/** "YYYY-MM..YYYY-MM" (one month: "YYYY-MM"). */
export const formatReportPeriod = (period: ReportPeriod) =>
  period.from === period.to ? period.from : `${period.from}..${period.to}`;
export type ReportOptions = { period: ReportPeriod; scenario: ScenarioName; locale: UiLocale };

// Years as the engine accepts them (lib/roi: startMonth 1900–2199).
const MONTH = /^(19\d{2}|2[01]\d{2})-(0[1-9]|1[0-2])$/;

/**
 * "2026-10" (one month) or "2026-01..2026-10". The end may not lie after the current month:
 * a report states what happened, so a future month has nothing to report yet.
 */
export function parseReportPeriod(value: string | null | undefined, today: Date): ReportPeriod {
  const text = (value ?? "").trim();
  const [from, to = from, ...rest] = text.split("..");
  if (rest.length > 0 || !MONTH.test(from) || !MONTH.test(to)) {
    throw invalidInput(
      "period",
      `period must be YYYY-MM or YYYY-MM..YYYY-MM (for example 2026-01..2026-10), not "${text}"`,
    );
  }
  if (from > to) throw invalidInput("period", `period: the first month ${from} is after the last month ${to}`);
  const now = currentPeriod(today);
  if (to > now) throw invalidInput("period", `period: the last month ${to} is after the current month ${now}`);
  return { from, to };
}

/** Without a period: the last complete month. */
export const defaultReportPeriod = (today: Date): ReportPeriod => {
  const last = periodOfMonthNumber(currentPeriod(today), 0);
  return { from: last, to: last };
};

export function parseReportLocale(value: string | null | undefined, fallback: UiLocale): UiLocale {
  if (value === null || value === undefined || value === "") return fallback;
  if (!(UI_LOCALES as readonly string[]).includes(value))
    throw invalidInput("locale", `locale must be ${UI_LOCALES.join(" or ")}, not "${value}"`);
  return value as UiLocale;
}

export function parseReportScenario(value: string | null | undefined): ScenarioName {
  if (value === null || value === undefined || value === "") return "expected";
  if (!(SCENARIO_NAMES as readonly string[]).includes(value)) {
    throw invalidInput("scenario", `scenario must be ${SCENARIO_NAMES.join(", ")}, not "${value}"`);
  }
  return value as ScenarioName;
}

/**
 * "Now" for the engine: the first day of the month after the period, so every month of
 * the period counts as past, but never later than the moment the report is made.
 */
export function reportAsOf(period: ReportPeriod, generatedAt: Date): Date {
  const afterPeriod = periodToDate(periodOfMonthNumber(period.to, 2));
  afterPeriod.setUTCHours(12);
  return afterPeriod < generatedAt ? afterPeriod : generatedAt;
}

/** The first day after the period: facts (actuals, measurements) from then on are left out. */
export const periodEndExclusive = (period: ReportPeriod) => periodToDate(periodOfMonthNumber(period.to, 2));
