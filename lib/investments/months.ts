/** "2026-03" ↔ the first day of that month (UTC), as stored in Postgres `date` columns. */
export function periodToDate(period: string): Date {
  const [year, month] = period.split("-").map((part) => Number.parseInt(part, 10));
  return new Date(Date.UTC(year, month - 1, 1));
}

export function dateToPeriod(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Month number counted from the start month (start = 1). */
export function monthNumberOf(startPeriod: string, period: string): number {
  const [y0, m0] = startPeriod.split("-").map(Number);
  const [y, m] = period.split("-").map(Number);
  return (y - y0) * 12 + (m - m0) + 1;
}

export function periodOfMonthNumber(startPeriod: string, monthNumber: number): string {
  const [y0, m0] = startPeriod.split("-").map(Number);
  const index = y0 * 12 + (m0 - 1) + (monthNumber - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function currentPeriod(today = new Date()): string {
  return dateToPeriod(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)));
}
