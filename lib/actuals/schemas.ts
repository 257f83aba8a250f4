import Decimal from "decimal.js";
import { z } from "zod";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { period } from "@/lib/investments/schemas";
import { baseValue } from "@/lib/kpis/base-value";
import { wholeNumber } from "@/lib/shared/whole-number";
import { KPI_VALUE, MONEY, readDecimal } from "./locale-decimal";

export const recordId = z.string().min(1).max(64);
/** The language the numbers were typed in; decides "1.234,56" versus "1,234.56". */
export const numberLocale = z.enum(UI_LOCALES).default("en");
/** A number as the user typed it; read exactly by readDecimal, never as a float. */
export const numberText = z.string().max(64, "This number is too long").default("");

/** A row's revision when the user opened it; null (or empty) for a month that had no actuals. */
const revision = wholeNumber(z.number({ message: "Reload the page and try again" }).int().min(1));
const baseRevision = z.preprocess((value) => (value === "" || value === undefined ? null : value), revision.nullable());

export const MAX_DRIVERS = 50;
export const BENEFIT_SUM_MESSAGE = "The benefit must equal the sum of the drivers";
export const REQUIRED_AMOUNT_MESSAGE = "Enter an amount";

const Dec = Decimal.clone({ precision: 40 });

/** A benefit driver's label ("Saved agency fee"); the grid and the API take the same. */
export const driverLabel = z
  .string()
  .trim()
  .min(1, "Give each driver a label")
  .max(100, "A driver label must be at most 100 characters");
/** A month's note; the grid and the API take the same. */
export const noteText = z.string().trim().max(2000, "Note must be at most 2000 characters");

const rawActualsInput = z.object({
  investmentId: recordId,
  month: period,
  locale: numberLocale,
  cost: numberText,
  benefit: numberText,
  /** Benefit per driver label ({ "Saved agency fee": "2.000,00" }); empty amounts are ignored. */
  benefitByDriver: z.record(driverLabel, numberText).nullish(),
  note: noteText.default(""),
  /** KPI values measured in this month, by KPI id; an empty value removes that month's measurement. */
  kpiValues: z.record(recordId, numberText).default({}),
  /** Per KPI sent in kpiValues: its value when the user opened the month ("" or absent: none). */
  kpiBase: z.record(recordId, baseValue).default({}),
  baseRevision,
});

export type ActualsValues = {
  cost: string;
  benefit: string;
  benefitByDriver: Record<string, string> | null;
  note: string;
  kpiValues: Record<string, string | null>;
};
export type SaveActualsData = ActualsValues & {
  investmentId: string;
  month: string;
  baseRevision: number | null;
  /** The value each KPI in kpiValues had when the user opened the month (null: none): written only if it still has it. */
  kpiBase: Record<string, string | null>;
};

export type ActualsIssue = { path: (string | number)[]; message: string };
type Issue = ActualsIssue;

/** Zod normally skips refinements once a field failed; these run anyway, so every wrong field is named at once. */
export const evenAfterOtherIssues = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};
/** Refinements that run after other issues see the raw value of a failed field: read defensively. */
export const textOf = (value: unknown) => (typeof value === "string" ? value : "");
export const localeOf = (value: unknown): UiLocale =>
  (UI_LOCALES as readonly unknown[]).includes(value) ? (value as UiLocale) : "en";
const entriesOf = (value: unknown) => (typeof value === "object" && value !== null ? Object.entries(value) : []);

/** A month's fields as sent, not yet checked: read defensively (refinements see failed fields' raw values too). */
export type ActualsText = {
  locale?: unknown;
  cost?: unknown;
  benefit?: unknown;
  benefitByDriver?: unknown;
  note?: unknown;
  kpiValues?: unknown;
};

/**
 * Every number of a month read in the user's locale, with the problems found, each under
 * its own field: the one copy of the rules (required amounts, no negatives, cents, the
 * benefit as the drivers' sum) that the grid and the API both apply.
 */
export function readActuals(input: ActualsText): { values: ActualsValues; issues: Issue[] } {
  const issues: Issue[] = [];
  const locale = localeOf(input.locale);
  const money = (path: string[], raw: unknown) => {
    const read = readDecimal(textOf(raw), locale, MONEY);
    if (!read.ok) issues.push({ path, message: read.message });
    return read.ok ? read.value : null;
  };

  const cost = money(["cost"], input.cost);
  if (cost === null && textOf(input.cost).trim() === "")
    issues.push({ path: ["cost"], message: REQUIRED_AMOUNT_MESSAGE });

  const driverEntries = entriesOf(input.benefitByDriver);
  if (driverEntries.length > MAX_DRIVERS)
    issues.push({ path: ["benefitByDriver"], message: `Use at most ${MAX_DRIVERS} drivers` });
  const drivers: Record<string, string> = {};
  for (const [label, raw] of driverEntries) {
    const value = money(["benefitByDriver", label], raw);
    if (value !== null) drivers[label.trim()] = value;
  }
  const hasDrivers = Object.keys(drivers).length > 0;
  const sum = Object.values(drivers).reduce((total, value) => total.plus(value), new Dec(0));

  let benefit = money(["benefit"], input.benefit);
  if (benefit === null && textOf(input.benefit).trim() === "") {
    if (hasDrivers) benefit = sum.toFixed(2);
    else issues.push({ path: ["benefit"], message: REQUIRED_AMOUNT_MESSAGE });
  } else if (benefit !== null && hasDrivers && !sum.eq(benefit)) {
    issues.push({ path: ["benefit"], message: BENEFIT_SUM_MESSAGE });
  }

  const kpiValues: Record<string, string | null> = {};
  for (const [kpiId, raw] of entriesOf(input.kpiValues)) {
    const read = readDecimal(textOf(raw), locale, KPI_VALUE);
    if (read.ok) kpiValues[kpiId] = read.value;
    else issues.push({ path: ["kpiValues", kpiId], message: read.message });
  }

  const values = {
    cost: cost ?? "",
    benefit: benefit ?? "",
    benefitByDriver: hasDrivers ? drivers : null,
    note: textOf(input.note),
    kpiValues,
  };
  return { values, issues };
}

/** Shape checks and every number read exactly, all before anything touches the database. */
export const saveActualsInput = rawActualsInput
  .superRefine((input, ctx) => {
    for (const issue of readActuals(input).issues) ctx.addIssue({ code: "custom", ...issue });
  }, evenAfterOtherIssues)
  .transform((input): SaveActualsData => ({
    investmentId: input.investmentId,
    month: input.month,
    baseRevision: input.baseRevision,
    kpiBase: input.kpiBase,
    ...readActuals(input).values,
  }));

export const deleteActualsInput = z.object({
  investmentId: recordId,
  month: period,
  baseRevision: revision,
});
