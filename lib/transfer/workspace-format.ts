import Decimal from "decimal.js";
import { z } from "zod";
import { CATEGORIES, STATUSES, investmentHeaderInput, period, planDocument } from "@/lib/investments/schemas";
import { YEAR_RANGE_MESSAGE, dayField, isYearOfTimestampInRange } from "@/lib/shared/calendar-range";
import { categoryInFile } from "./schemas";

// The workspace export format. Exact decimals travel as strings; array order is meaningful
// (KPIs: display order). Validated in full before anything is written. Version 2 added
// leak reviews and where each month's actuals came from; a version 1 file still imports.

const decimalString = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const text = String(value).trim();
  if (!/^-?\d{1,16}(\.\d{1,10})?$/.test(text)) {
    ctx.addIssue({ code: "custom", message: 'must be a decimal number like "12.50"' });
    return z.NEVER;
  }
  return text;
});
const withPlaces = (places: number, min?: number) =>
  decimalString.superRefine((value, ctx) => {
    const exact = new Decimal(value);
    if (exact.decimalPlaces() > places) ctx.addIssue({ code: "custom", message: `must have at most ${places} decimals` });
    if (min !== undefined && exact.lt(min)) ctx.addIssue({ code: "custom", message: "must not be negative" });
    if (exact.abs().gte("1e15")) ctx.addIssue({ code: "custom", message: "is too large" });
  });
export const moneyString = withPlaces(2, 0);
const centsString = withPlaces(2);
export const kpiValueString = withPlaces(4);
const isoDateTime = z.iso.datetime({ offset: true }).refine(isYearOfTimestampInRange, YEAR_RANGE_MESSAGE);
const isoDay = dayField("must be a date like 2026-01-31");

const versionExport = z.object({
  version: z.number().int().min(1).max(100_000),
  definition: z.record(z.string(), z.unknown()),
  reason: z.string().max(500),
  createdByName: z.string().max(200).default(""),
  createdAt: isoDateTime,
});

const kpiExport = z.object({
  name: z.string().trim().min(1).max(200),
  unit: z.string().max(20).default(""),
  baseline: kpiValueString.nullable().default(null),
  baselineDate: isoDay.nullable().default(null),
  target: kpiValueString.nullable().default(null),
  direction: z.enum(["up", "down"]).default("up"),
  measurements: z.array(z.object({ period, value: kpiValueString })).max(2000).default([]),
});

const actualExport = z.object({
  period,
  cost: moneyString,
  benefit: moneyString,
  // Kept as it was written (a breakdown per benefit driver); only its shape is checked.
  benefitByDriver: z.record(z.string().max(200), z.json()).nullable().default(null),
  note: z.string().max(2000).default(""),
  recordedByName: z.string().max(200).default(""),
  planVersion: z.number().int().min(1).nullable().default(null),
  // A version 1 file does not say; its months came in with an import either way.
  source: z
    .string()
    .max(300)
    .regex(/^(ui|csv|import|api:.+)$/s, 'must be "ui", "csv", "import" or "api:" with the name of an API token')
    .default("import"),
});

// Kept as written, including codes the engine no longer raises: the review then simply hides nothing.
const leakReviewExport = z.object({
  kind: z.enum(["acknowledged", "snoozed"]),
  code: z.string().trim().min(1).max(100),
  subject: z.string().max(200).default(""),
  reason: z.string().max(500).default(""),
  snoozedUntil: isoDay.nullable().default(null),
  atStakeMonthly: centsString,
  createdByName: z.string().max(200).default(""),
  createdAt: isoDateTime,
});

export const investmentExport = z.object({
  header: investmentHeaderInput.extend({ category: categoryInFile }),
  status: z.enum(STATUSES),
  archived: z.boolean().default(false),
  createdAt: isoDateTime.optional(),
  plan: planDocument,
  versions: z.array(versionExport).max(1000).default([]),
  kpis: z.array(kpiExport).max(100).default([]),
  actuals: z.array(actualExport).max(2000).default([]),
  leakReviews: z.array(leakReviewExport).max(10_000).default([]),
});

export const workspaceExportSchema = z.object({
  format: z.literal("realised-workspace", { message: 'is not a Realised workspace export (format must be "realised-workspace")' }),
  version: z.literal([1, 2], { message: "must be 1 or 2 (this app reads versions 1 and 2)" }),
  exportedAt: isoDateTime.optional(),
  workspace: z.object({ name: z.string(), currency: z.string(), locale: z.string() }).partial().optional(),
  // The file's size is what really limits a workspace (workspace-file.ts).
  investments: z.array(investmentExport).max(10_000),
});
export type WorkspaceExportInput = z.infer<typeof workspaceExportSchema>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What exportWorkspace writes. */
export type WorkspaceExport = {
  format: "realised-workspace";
  version: 2;
  exportedAt: string;
  workspace: { name: string; currency: string; locale: string };
  investments: {
    header: { name: string; description: string; category: (typeof CATEGORIES)[number]; ownerName: string; startMonth: string; horizonMonths: number; currency: string };
    status: (typeof STATUSES)[number];
    archived: boolean;
    createdAt: string;
    plan: { [key: string]: Json };
    versions: { version: number; definition: { [key: string]: Json }; reason: string; createdByName: string; createdAt: string }[];
    kpis: {
      name: string;
      unit: string;
      baseline: string | null;
      baselineDate: string | null;
      target: string | null;
      direction: "up" | "down";
      measurements: { period: string; value: string }[];
    }[];
    actuals: {
      period: string;
      cost: string;
      benefit: string;
      benefitByDriver: { [key: string]: Json } | null;
      note: string;
      recordedByName: string;
      planVersion: number | null;
      source: string;
    }[];
    leakReviews: {
      kind: "acknowledged" | "snoozed";
      code: string;
      subject: string;
      reason: string;
      snoozedUntil: string | null;
      atStakeMonthly: string;
      createdByName: string;
      createdAt: string;
    }[];
  }[];
};
