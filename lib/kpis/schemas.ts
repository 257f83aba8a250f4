import { z } from "zod";
import { KPI_VALUE, readDecimal } from "@/lib/actuals/locale-decimal";
import { evenAfterOtherIssues, localeOf, numberLocale, numberText, recordId, textOf } from "@/lib/actuals/schemas";
import { period } from "@/lib/investments/schemas";
import { YEAR_RANGE_MESSAGE, checkDayText } from "@/lib/shared/calendar-range";
import { baseValue } from "./base-value";

export const DIRECTIONS = ["up", "down"] as const;
export const BASELINE_DATE_FUTURE_MESSAGE = "The baseline date cannot be in the future";
export const DATE_FORMAT_MESSAGE = "Enter a date like 2026-01-31";
export const REQUIRED_VALUE_MESSAGE = "Enter a value";

/** Today in the app's time zone, as YYYY-MM-DD (en-CA formats dates that way). */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

const kpiFields = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  unit: z.string().trim().max(20, "Unit must be at most 20 characters").default(""),
  baseline: numberText,
  baselineDate: z.string().trim().max(10, DATE_FORMAT_MESSAGE).default(""),
  target: numberText,
  direction: z.enum(DIRECTIONS, { message: "Choose whether higher or lower is better" }),
  locale: numberLocale,
});
type KpiFields = z.infer<typeof kpiFields>;
export type KpiValues = {
  name: string;
  unit: string;
  baseline: string | null;
  baselineDate: Date | null;
  target: string | null;
  direction: "up" | "down";
};
type Issue = { path: string[]; message: string };

function readBaselineDate(raw: unknown): { value: Date | null; message?: string } {
  const text = textOf(raw);
  if (text === "") return { value: null };
  const check = checkDayText(text);
  if (check === "format") return { value: null, message: DATE_FORMAT_MESSAGE };
  // A date past the supported years is in the future too; that is the clearer message.
  if (text > today()) return { value: null, message: BASELINE_DATE_FUTURE_MESSAGE };
  if (check === "range") return { value: null, message: YEAR_RANGE_MESSAGE };
  return { value: new Date(`${text}T00:00:00Z`) };
}

/** Baseline, target and date read exactly in the user's locale, with the problems found. */
function readKpiNumbers(input: KpiFields): {
  values: Pick<KpiValues, "baseline" | "target" | "baselineDate">;
  issues: Issue[];
} {
  const issues: Issue[] = [];
  const number = (field: "baseline" | "target") => {
    const read = readDecimal(textOf(input[field]), localeOf(input.locale), KPI_VALUE);
    if (!read.ok) issues.push({ path: [field], message: read.message });
    return read.ok ? read.value : null;
  };
  const date = readBaselineDate(input.baselineDate);
  if (date.message) issues.push({ path: ["baselineDate"], message: date.message });
  return { values: { baseline: number("baseline"), target: number("target"), baselineDate: date.value }, issues };
}

const checkKpiNumbers = (input: KpiFields, ctx: z.RefinementCtx) => {
  for (const issue of readKpiNumbers(input).issues) ctx.addIssue({ code: "custom", ...issue });
};
const toKpiValues = (input: KpiFields): KpiValues => ({
  name: input.name,
  unit: input.unit,
  direction: input.direction,
  ...readKpiNumbers(input).values,
});

export const createKpiInput = kpiFields
  .extend({ investmentId: recordId })
  .superRefine(checkKpiNumbers, evenAfterOtherIssues)
  .transform((input) => ({ investmentId: input.investmentId, ...toKpiValues(input) }));
export const updateKpiInput = kpiFields
  .extend({ kpiId: recordId })
  .superRefine(checkKpiNumbers, evenAfterOtherIssues)
  .transform((input) => ({ kpiId: input.kpiId, ...toKpiValues(input) }));
export const kpiRef = z.object({ kpiId: recordId });

/** A KPI value read exactly under the KPI rules (negative allowed, at most 4 decimals); the section and the API both read it here. */
export function readMeasurement(raw: unknown, locale: unknown): { value: string; message?: string } {
  const read = readDecimal(textOf(raw), localeOf(locale), KPI_VALUE);
  if (!read.ok) return { value: "", message: read.message };
  return read.value === null ? { value: "", message: REQUIRED_VALUE_MESSAGE } : { value: read.value };
}

export const recordMeasurementInput = z
  .object({ kpiId: recordId, month: period, value: numberText, locale: numberLocale, baseValue })
  .superRefine((input, ctx) => {
    const { message } = readMeasurement(input.value, input.locale);
    if (message) ctx.addIssue({ code: "custom", path: ["value"], message });
  }, evenAfterOtherIssues)
  .transform((input) => ({
    kpiId: input.kpiId,
    month: input.month,
    value: readMeasurement(input.value, input.locale).value,
    baseValue: input.baseValue,
  }));
export const measurementRef = z.object({ kpiId: recordId, month: period, baseValue });
