import Decimal from "decimal.js";
import { z } from "zod";
import type { InvestmentFigures as StoredFigures } from "@/lib/generated/prisma/client";
import { PAYBACK_STATUSES } from "@/lib/portfolio/payback";
import { money } from "../schemas";

// The figures the API reports, in the shape of its responses: money and percentages as
// exact decimal strings with two decimals (never JSON numbers), the rest as the stored
// figures and the dashboard have them.

type DecimalLike = Decimal.Value | { toString(): string };

/** An amount as the API writes it: exact, two decimals ("1234.50"). */
export const moneyText = (value: DecimalLike) => new Decimal(value.toString()).toFixed(2);

/** A percentage as the API writes it ("12.50" is 12.5%), null stays null. */
export const percentText = (value: DecimalLike | null) => (value === null ? null : new Decimal(value.toString()).toFixed(2));

// Unlike `money`, unbounded: a tiny cost makes a huge ROI.
export const percentage = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .nullable()
  .meta({ description: 'A percentage as a decimal string with 2 decimals ("12.50" is 12.5%); null when nothing was spent', example: "12.50" });

export const paybackStatus = z.enum(PAYBACK_STATUSES).meta({
  description:
    "paid_back: the recorded benefit has reached the cost; on_track: projected to pay back no later than planned; " +
    "late: projected later than planned or not within the horizon; unknown: nothing recorded yet, or the plan never pays back",
});

/** A moment in an answer. */
export const timestamp = z.string().meta({ description: "An ISO 8601 moment (UTC)", example: "2026-03-05T09:30:00.000Z" });

export const investmentFigures = z
  .object({
    counted: z.boolean().meta({ description: "Counted in the headline totals (approved or later); drafts are totalled apart" }),
    valid: z.boolean().meta({ description: "False when the plan cannot be evaluated (its figures are then zero)" }),
    invested: money.meta({ description: "The recorded cost so far" }),
    realised: money.meta({ description: "The recorded benefit so far" }),
    net: money.meta({ description: "realised − invested" }),
    actualRoiPct: percentage,
    forecastCost: money.meta({ description: "What the plan forecast as cost for the recorded months" }),
    forecastBenefit: money.meta({ description: "What the plan forecast as benefit for the recorded months" }),
    forecastRoiPct: percentage,
    plannedCost: money.meta({ description: "The whole plan in force (expected scenario)" }),
    plannedBenefit: money.meta({ description: "The whole plan in force (expected scenario)" }),
    plannedRoiPct: percentage,
    paybackStatus,
    plannedPaybackMonth: z.number().int().nullable().meta({ description: "Month number of the plan (1 = startMonth)" }),
    projectedPaybackMonth: z.number().int().nullable().meta({ description: "Month number of the plan (1 = startMonth); null: not within the horizon" }),
    recordedMonths: z.number().int(),
    expectedMonths: z.number().int().meta({ description: "Past months that should have actuals" }),
    missingMonths: z.number().int(),
    openLeaks: z.number().int().meta({ description: "Leaks not hidden by a review" }),
    atStakeMonthly: money.meta({ description: "Money at stake a month over the open leaks" }),
    planVersionUsed: z.number().int().nullable().meta({ description: "The plan version the figures are measured against; null for a draft" }),
    lastActualAt: timestamp.nullable(),
  })
  .meta({ id: "InvestmentFigures", description: "An investment's figures as the dashboard shows them, in the investment's currency" });
export type InvestmentFiguresBody = z.infer<typeof investmentFigures>;

/** The API's figures of one investment: its stored figures with its open leaks (absent: none). */
export function figuresBody(stored: StoredFigures, open: { leaks: number; atStake: string } | undefined): InvestmentFiguresBody {
  const detail = stored.detail as { versionUsed?: number | null } | null;
  return {
    counted: stored.counted,
    valid: stored.valid,
    invested: moneyText(stored.invested),
    realised: moneyText(stored.realised),
    net: moneyText(new Decimal(stored.realised.toString()).minus(stored.invested.toString())),
    actualRoiPct: percentText(stored.actualRoiPct),
    forecastCost: moneyText(stored.forecastCost),
    forecastBenefit: moneyText(stored.forecastBenefit),
    forecastRoiPct: percentText(stored.forecastRoiPct),
    plannedCost: moneyText(stored.plannedCost),
    plannedBenefit: moneyText(stored.plannedBenefit),
    plannedRoiPct: percentText(stored.plannedRoiPct),
    paybackStatus: stored.paybackStatus as InvestmentFiguresBody["paybackStatus"],
    plannedPaybackMonth: stored.plannedPaybackMonth,
    projectedPaybackMonth: stored.projectedPaybackMonth,
    recordedMonths: stored.recordedMonths,
    expectedMonths: stored.expectedMonths,
    missingMonths: stored.missingMonths,
    openLeaks: open?.leaks ?? 0,
    atStakeMonthly: moneyText(open?.atStake ?? 0),
    planVersionUsed: detail?.versionUsed ?? null,
    lastActualAt: stored.lastActualAt?.toISOString() ?? null,
  };
}
