import Decimal from "decimal.js";
import type { ActualsValues } from "./schemas";

// The pure rules of writing several months at once (the API's PUT and batch): which writes
// change nothing, and which months a batch names twice.

export type MonthValues = Omit<ActualsValues, "kpiValues">;

// A private clone: Prisma may change the global Decimal settings.
const Dec = Decimal.clone({ precision: 40 });
const sameAmount = (a: string, b: string) => new Dec(a).eq(b);

/** The same amounts (by value: "5" is "5.00"), the same drivers with the same amounts, the same note. */
export function sameMonthValues(a: MonthValues, b: MonthValues): boolean {
  if (!sameAmount(a.cost, b.cost) || !sameAmount(a.benefit, b.benefit) || a.note !== b.note) return false;
  const drivers = [a.benefitByDriver ?? {}, b.benefitByDriver ?? {}];
  const labels = Object.keys(drivers[0]);
  if (labels.length !== Object.keys(drivers[1]).length) return false;
  return labels.every((label) => Object.hasOwn(drivers[1], label) && sameAmount(drivers[0][label], drivers[1][label]));
}

export const duplicateMonthMessage = (firstIndex: number) => `This month is already in the batch (months.${firstIndex})`;

/** Each month named a second time, by its index, with the index of its first mention (items without a month text are skipped). */
export function duplicateMonths(months: readonly unknown[]): { index: number; firstIndex: number }[] {
  const first = new Map<string, number>();
  const out: { index: number; firstIndex: number }[] = [];
  months.forEach((item, index) => {
    const month = typeof item === "object" && item !== null ? (item as { month?: unknown }).month : undefined;
    if (typeof month !== "string") return;
    const seen = first.get(month);
    if (seen === undefined) first.set(month, index);
    else out.push({ index, firstIndex: seen });
  });
  return out;
}
