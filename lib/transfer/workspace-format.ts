import Decimal from "decimal.js";
import { z } from "zod";
import { CATEGORIES, STATUSES, investmentHeaderInput, period, planDocument } from "@/lib/investments/schemas";
import { RATE_MESSAGES, RATE_SOURCES, readRate, type RateSource } from "@/lib/rates/schemas";
import { YEAR_RANGE_MESSAGE, dayField, isYearOfTimestampInRange } from "@/lib/shared/calendar-range";
import { ISO_CURRENCY_PATH_MESSAGE, isIsoCurrency } from "@/lib/shared/currencies";
import { categoryInFile } from "./schemas";

// The workspace export format. Exact decimals travel as strings; array order is meaningful
// (KPIs: display order). Validated in full before anything is written. Version 2 added
// leak reviews and where each month's actuals came from; version 3 the workspace's
// exchange rates. Files of versions 1 and 2 still import.

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

export const RATE_SOURCE_MESSAGE = `must be one of ${RATE_SOURCES.join(", ")}`;
export const RATE_TWICE_MESSAGE = "this month is in the file twice";

const currencyInFile = z.string().refine(isIsoCurrency, ISO_CURRENCY_PATH_MESSAGE);

// One month's rate of a currency pair: in `period`, 1 `from` = `rate` `to`, exactly as stored.
const exchangeRateExport = z
  .object({
    from: currencyInFile,
    to: currencyInFile,
    period,
    rate: z.union([z.number(), z.string()]).transform((value, ctx) => {
      const reading = readRate(value, "point");
      if (reading.ok) return reading.value;
      ctx.addIssue({ code: "custom", message: reading.message });
      return z.NEVER;
    }),
    // Where it came from in the source workspace, kept (a file that does not say: "import").
    source: z.enum(RATE_SOURCES, { message: RATE_SOURCE_MESSAGE }).default("import"),
    sourceDetail: z.string().max(200).default(""),
    enteredByName: z.string().max(200).default(""),
    enteredAt: isoDateTime.optional(),
  })
  .superRefine((rate, ctx) => {
    if (rate.from === rate.to) ctx.addIssue({ code: "custom", path: ["to"], message: RATE_MESSAGES.sameCurrency });
  });

/** The ECB's whole history of monthly rates is some 10,000. */
export const MAX_EXPORTED_RATES = 100_000;

export const workspaceExportSchema = z.object({
  format: z.literal("realised-workspace", { message: 'is not a Realised workspace export (format must be "realised-workspace")' }),
  version: z.literal([1, 2, 3], { message: "must be 1, 2 or 3 (this app reads versions 1 to 3)" }),
  exportedAt: isoDateTime.optional(),
  workspace: z.object({ name: z.string(), currency: z.string(), locale: z.string() }).partial().optional(),
  exchangeRates: z
    .array(exchangeRateExport)
    .max(MAX_EXPORTED_RATES)
    .default([])
    .superRefine((rates, ctx) => {
      const seen = new Set<string>();
      // Also runs when some rates were refused: their values may then be anything.
      (rates as unknown[]).forEach((rate, index) => {
        if (typeof rate !== "object" || rate === null) return;
        const { from, to, period: month } = rate as { from?: unknown; to?: unknown; period?: unknown };
        if (typeof from !== "string" || typeof to !== "string" || typeof month !== "string") return;
        const key = `${from}>${to}@${month}`;
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "period"], message: RATE_TWICE_MESSAGE });
        seen.add(key);
      });
    }),
  // The file's size is what really limits a workspace (workspace-file.ts).
  investments: z.array(investmentExport).max(10_000),
});
export type WorkspaceExportInput = z.infer<typeof workspaceExportSchema>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What exportWorkspace writes. */
export type WorkspaceExport = {
  format: "realised-workspace";
  version: 3;
  exportedAt: string;
  workspace: { name: string; currency: string; locale: string };
  /** Oldest month first, then by from and to. */
  exchangeRates: {
    from: string;
    to: string;
    period: string;
    rate: string;
    source: RateSource;
    sourceDetail: string;
    enteredByName: string;
    enteredAt: string;
  }[];
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
