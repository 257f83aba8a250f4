import { z } from "zod";
import { LEAK_CODES } from "@/lib/roi";
import { periodField } from "@/lib/shared/calendar-range";
import { decimalNumber, wholeNumber } from "@/lib/shared/whole-number";

const base = {
  investmentId: z.string().min(1).max(64),
  code: z.enum(LEAK_CODES, { message: "Unknown leak" }),
  subject: z.string().max(200).default(""),
};

export const acknowledgeLeakInput = z.object({
  ...base,
  reason: z.string().trim().min(3, "Say briefly why this leak is acknowledged").max(500, "Reason must be at most 500 characters"),
});

export const snoozeLeakInput = z.object({
  ...base,
  until: periodField("Choose a month like 2027-01"),
  reason: z.string().trim().max(500, "Reason must be at most 500 characters").default(""),
});

export const undoLeakReviewInput = z.object({
  reviewId: z.string().min(1).max(64),
});

const percent = (max: number) =>
  decimalNumber(z.number({ message: "Enter a number" }).min(0, "Must not be negative").max(max, `Must be at most ${max}`));
const months = (min: 0 | 1) =>
  wholeNumber(
    z
      .number({ message: "Enter a whole number" })
      .int("Enter a whole number")
      .min(min, min === 0 ? "Must not be negative" : "Must be at least 1")
      .max(24, "Must be at most 24"),
  );

export const leakThresholdsInput = z.object({
  underForecastPct: percent(100),
  underForecastMinMonths: months(1),
  costOverrunPct: percent(1000),
  zombieBenefitPct: percent(100),
  zombieMinMonths: months(1),
  kpiRegressionTolerancePct: percent(100),
  paybackSlipGraceMonths: months(0),
  negativeAfterRampGraceMonths: months(0),
});
