import { z } from "zod";

// Months and days typed or imported by users must lie in years the app (and the engine,
// lib/roi: 1900–2199) can work with; year 0000 is not even a valid Postgres date.

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
export const YEAR_RANGE_MESSAGE = `Use a year between ${FIRST_YEAR} and ${LAST_YEAR}`;

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export type CalendarCheck = "ok" | "format" | "range";

const inRange = (year: string) => Number(year) >= FIRST_YEAR && Number(year) <= LAST_YEAR;

/** "2026-01": a month in the supported years. */
export function checkPeriodText(text: string): CalendarCheck {
  const match = PERIOD.exec(text);
  if (!match) return "format";
  return inRange(match[1]) ? "ok" : "range";
}

/** "2026-01-31": a real calendar day (no 31 February) in the supported years. */
export function checkDayText(text: string): CalendarCheck {
  const match = DAY.exec(text);
  if (!match) return "format";
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return "format";
  return inRange(match[1]) ? "ok" : "range";
}

/** An ISO date-time whose year lies in the supported years (the format is checked elsewhere). */
export const isYearOfTimestampInRange = (text: string) => inRange(text.slice(0, 4));

const calendarField = (check: (text: string) => CalendarCheck, formatMessage: string) =>
  z.string().superRefine((text, ctx) => {
    const result = check(text);
    if (result !== "ok") ctx.addIssue({ code: "custom", message: result === "format" ? formatMessage : YEAR_RANGE_MESSAGE });
  });

/** A month field "YYYY-MM", with the field's own wording for a wrong format. */
export const periodField = (formatMessage: string) => calendarField(checkPeriodText, formatMessage);
/** A day field "YYYY-MM-DD", with the field's own wording for a wrong format. */
export const dayField = (formatMessage: string) => calendarField(checkDayText, formatMessage);
