import { z } from "zod";
import { periodField } from "@/lib/shared/calendar-range";
import { ISO_CURRENCY_MESSAGE, isIsoCurrency } from "@/lib/shared/currencies";
import { readUntrustedJson } from "@/lib/shared/untrusted-json";
import { wholeNumber } from "@/lib/shared/whole-number";

export const CATEGORIES = ["acquisition", "loyalty", "ai_automation", "customer_experience", "process", "product", "other"] as const;
export const STATUSES = ["draft", "approved", "active", "completed", "stopped"] as const;
export type InvestmentCategory = (typeof CATEGORIES)[number];
export type InvestmentStatus = (typeof STATUSES)[number];

export const period = periodField("Use a month like 2026-01 (YYYY-MM)");

const revision = wholeNumber(z.number({ message: "Reload the page and try again" }).int().min(1));
const id = z.string().min(1).max(64);

export const investmentHeaderInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(200, "Name must be at most 200 characters"),
  description: z.string().trim().max(2000, "Description must be at most 2000 characters").default(""),
  category: z.enum(CATEGORIES, { message: "Choose a category" }),
  ownerName: z.string().trim().max(100, "Owner must be at most 100 characters").default(""),
  startMonth: period,
  horizonMonths: wholeNumber(
    z
      .number({ message: "Horizon must be a whole number of months" })
      .int("Horizon must be a whole number of months")
      .min(1, "Horizon must be at least 1 month")
      .max(120, "Horizon must be at most 120 months"),
  ),
  currency: z.string().trim().toUpperCase().refine(isIsoCurrency, ISO_CURRENCY_MESSAGE),
});
export type InvestmentHeader = z.infer<typeof investmentHeaderInput>;

/** The plan part of format v1; its contents are validated by lib/roi's schema. */
export const planDocument = z.object({
  template: z.enum(["loyaltyProgram", "customerAcquisition"]).optional(),
  inputs: z.record(z.string(), z.unknown()).optional(),
  costs: z.array(z.unknown()).max(500).default([]),
  benefits: z.array(z.unknown()).max(500).default([]),
  scenarios: z.record(z.string(), z.unknown()).optional(),
  /** The plan's own annual discount rate in % (format v1); absent = the workspace's default. */
  discountRatePct: z.union([z.string(), z.number()]).optional(),
});
export type PlanDocument = z.infer<typeof planDocument>;

/**
 * JSON text of a PlanDocument (the form's plan editor or a template). Text the database
 * cannot store, deep nesting and prototype keys are refused here under their path
 * ("plan.costs.0.label"); whether it is JSON at all is said by parsePlanText.
 */
const planText = z
  .string()
  .max(1_000_000)
  .superRefine((text, ctx) => {
    const reading = readUntrustedJson(text);
    if (!reading.ok && "problem" in reading) ctx.addIssue({ code: "custom", path: reading.problem.path, message: reading.problem.message });
  });

export const createInvestmentInput = investmentHeaderInput.extend({
  plan: planText.default("{}"),
});

export const updateInvestmentInput = investmentHeaderInput.extend({
  investmentId: id,
  revision,
  reason: z.string().trim().max(500).default(""),
});

export const savePlanInput = z.object({
  investmentId: id,
  revision,
  plan: planText,
  reason: z.string().trim().max(500, "Reason must be at most 500 characters").default(""),
});

export const approvePlanInput = z.object({ investmentId: id, revision });
export const investmentRef = z.object({ investmentId: id });
export const statusChangeInput = z.object({ investmentId: id, revision, status: z.enum(STATUSES, { message: "Choose a status" }) });
export const saveAsTemplateInput = z.object({ investmentId: id, name: z.string().trim().min(1, "Name is required").max(200) });
