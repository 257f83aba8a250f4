import { z } from "zod";
import { LEAK_CODES } from "@/lib/roi";

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
  until: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Choose a month like 2027-01"),
  reason: z.string().trim().max(500, "Reason must be at most 500 characters").default(""),
});

const percent = (max: number) => z.coerce.number({ message: "Enter a number" }).min(0, "Must not be negative").max(max, `Must be at most ${max}`);
const months = z.coerce.number({ message: "Enter a whole number" }).int("Enter a whole number").min(0, "Must not be negative").max(24, "Must be at most 24");

export const leakThresholdsInput = z.object({
  underForecastPct: percent(100),
  underForecastMinMonths: months.min(1, "Must be at least 1"),
  costOverrunPct: percent(1000),
  zombieBenefitPct: percent(100),
  zombieMinMonths: months.min(1, "Must be at least 1"),
  kpiRegressionTolerancePct: percent(100),
  paybackSlipGraceMonths: months,
  negativeAfterRampGraceMonths: months,
});
