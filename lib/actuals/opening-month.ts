// Which month the month-by-month form (phones) opens on. Pure, so the rule is tested
// with an injected current month instead of the clock.

type Month = { period: string; status: "recorded" | "missing" };

/**
 * The month that needs recording, as the month view decides (lib/dashboard/month-opening.ts):
 * the latest COMPLETE month (before `currentPeriod`) without recorded actuals, so on the 2nd
 * of the month last month's figures are on screen, not the month that has only just begun.
 * When every complete month is recorded, the current month if it is still missing, else the
 * latest month. Months after `currentPeriod` are never chosen unless there is nothing else.
 * Null when there are no months.
 */
export function openingMonth(months: Month[], currentPeriod: string): string | null {
  // "YYYY-MM" strings compare in calendar order.
  const begun = months.filter((m) => m.period <= currentPeriod).sort((a, b) => a.period.localeCompare(b.period));
  const missingComplete = begun.filter((m) => m.status === "missing" && m.period < currentPeriod);
  return (missingComplete.at(-1) ?? begun.at(-1) ?? months[0])?.period ?? null;
}
