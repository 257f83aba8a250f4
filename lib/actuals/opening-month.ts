// Which month the month-by-month form (phones) opens on. Pure, so the rule is tested
// with an injected current month instead of the clock.

type Month = { period: string; status: "recorded" | "missing" };

/**
 * The latest month up to `currentPeriod` without recorded actuals, so the month that needs
 * recording is the one on screen; when every month is recorded, the latest one. Months after
 * `currentPeriod` are never chosen unless there is nothing else. Null when there are no months.
 */
export function openingMonth(months: Month[], currentPeriod: string): string | null {
  // "YYYY-MM" strings compare in calendar order.
  const begun = months.filter((m) => m.period <= currentPeriod).sort((a, b) => a.period.localeCompare(b.period));
  const missing = begun.filter((m) => m.status === "missing");
  return (missing.at(-1) ?? begun.at(-1) ?? months[0])?.period ?? null;
}
