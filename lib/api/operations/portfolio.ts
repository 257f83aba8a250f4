import { z } from "zod";
import type { UiLocale } from "@/lib/i18n/locales";
import { renderLeakMessage } from "@/lib/leaks/leak-messages";
import { ensureFreshFigures } from "@/lib/portfolio/refresh";
import type { CurrencyTotals } from "@/lib/portfolio/roll-up";
import { currenciesOf, listLeaks, type PortfolioLeak } from "@/lib/portfolio/stored-figures";
import { getWorkspacePortfolio } from "@/lib/portfolio/workspace-portfolio";
import { LEAK_CODES } from "@/lib/roi";
import { ISO_CURRENCY_PATH_MESSAGE, isIsoCurrency } from "@/lib/shared/currencies";
import { wholeNumber } from "@/lib/shared/whole-number";
import { defineOperation } from "../operation";
import { money, month, slugParams } from "../schemas";
import { amountText, conversionBody, conversionBodyOf, reportedMoney, reportingConversionOf } from "./conversion";
import { moneyText, percentage, percentText, timestamp } from "./figures";
import { readerLocaleOf } from "../reader-locale";

// The dashboard's figures and leaks, read from the same stored portfolio the dashboard
// reads (lib/portfolio), so the API and the screen never disagree. Amounts in other
// currencies are converted into the reporting currency with the workspace's monthly rates
// (docs/currencies.md), and the answer says what could not be converted.

const whole = z.number().int();
const currencyTotals = z
  .object({
    currency: z.string().meta({ example: "EUR" }),
    investments: whole,
    invested: reportedMoney,
    realised: reportedMoney,
    net: reportedMoney.meta({ description: "realised − invested" }),
    actualRoiPct: percentage,
    forecastCost: reportedMoney.meta({ description: "The plans' forecast cost for the recorded months" }),
    forecastBenefit: reportedMoney.meta({ description: "The plans' forecast benefit for the recorded months" }),
    forecastRoiPct: percentage,
    plannedCost: reportedMoney.meta({ description: "The whole plans in force (expected scenario)" }),
    plannedBenefit: reportedMoney.meta({ description: "The whole plans in force (expected scenario)" }),
    plannedRoiPct: percentage,
    payback: z
      .object({ paid_back: whole, on_track: whole, late: whole, unknown: whole })
      .meta({ description: "How many investments stand where against their planned payback" }),
    missingMonths: whole.meta({ description: "Past months without actuals, summed over the investments" }),
    openLeaks: whole,
    atStakeMonthly: reportedMoney.meta({ description: "Money at stake a month over the open leaks" }),
    lastActualAt: timestamp.nullable(),
  })
  .meta({ id: "CurrencyTotals", description: "Totals of investments in one currency; ROI comes from the summed money, never an average" });

const otherCurrencyTotals = currencyTotals
  .extend({
    converted: currencyTotals.meta({
      description:
        "The same plans converted into the reporting currency, month by month at each month's rate: what they add to the headline. " +
        "Months without a rate add nothing (see conversion)",
    }),
  })
  .meta({ id: "OtherCurrencyTotals", description: "Approved plans in one other currency: their own figures, and converted" });

const portfolioBody = z
  .object({
    period: month.meta({ description: "The month the figures are evaluated as of (the current month)" }),
    reportingCurrency: z.string().meta({ description: "The currency of the headline", example: "EUR" }),
    currencies: z.array(z.string()).meta({ description: "Every currency the workspace's investments are in" }),
    headline: currencyTotals.meta({
      description:
        "Every approved (and later) plan in the reporting currency: those in it as they are, those in other currencies converted " +
        "(their `converted` figures); zeros when there are none. Incomplete when conversion.complete is false",
    }),
    otherCurrencies: z.array(otherCurrencyTotals).meta({ description: "Approved plans in each other currency, in their own currency and converted" }),
    drafts: z.array(currencyTotals).meta({ description: "Draft plans per currency, in their own currency, shown apart and never converted" }),
    conversion: conversionBody,
    investments: whole.meta({ description: "Investments that are not archived" }),
    leaks: z.object({ open: whole, reviewed: whole }).meta({ description: "How many leaks are open and how many a review hides" }),
  })
  .meta({ id: "Portfolio" });

const portfolioQuery = z.strictObject({
  currency: z
    .string()
    .refine(isIsoCurrency, ISO_CURRENCY_PATH_MESSAGE)
    .optional()
    .meta({
      description: "The headline currency (ISO 4217); default the workspace's. One none of the investments is in falls back to the workspace's",
      example: "USD",
    }),
});

function totalsBody(t: CurrencyTotals): z.infer<typeof currencyTotals> {
  const amount = (value: number) => amountText(value, t.currency);
  return {
    currency: t.currency,
    investments: t.investments,
    invested: amount(t.invested),
    realised: amount(t.realised),
    net: amount(t.net),
    actualRoiPct: percentText(t.actualRoiPct),
    forecastCost: amount(t.forecastCost),
    forecastBenefit: amount(t.forecastBenefit),
    forecastRoiPct: percentText(t.forecastRoiPct),
    plannedCost: amount(t.plannedCost),
    plannedBenefit: amount(t.plannedBenefit),
    plannedRoiPct: percentText(t.plannedRoiPct),
    payback: { ...t.payback },
    missingMonths: t.missingMonths,
    openLeaks: t.leaks,
    atStakeMonthly: amount(t.atStakeMonthly),
    lastActualAt: t.lastActualAt?.toISOString() ?? null,
  };
}

export const getPortfolio = defineOperation({
  operationId: "getPortfolio",
  method: "get",
  path: "/workspaces/{slug}/portfolio",
  tag: "Portfolio",
  summary: "The portfolio totals the dashboard shows",
  description:
    [
      "Invested, realised, ROI (actual, forecast, planned), payback and leaks, as on the dashboard. The headline counts every approved (and later) plan " +
        "in the reporting currency: plans in another currency are converted month by month with the workspace's exchange rates " +
        "(recorded amounts at their own month's rate only; forecasts and plans at their month's rate, else the latest known one), " +
        "each converted amount rounded once to the reporting currency's minor unit, and ROI computed from the converted sums.",
      "otherCurrencies lists each other currency's plans in their own currency and converted; drafts are listed per currency apart, never converted. " +
        "conversion says which rates are missing (the headline then leaves those months out and is incomplete) and which forecasts used the latest known rate.",
      "Archived investments are left out. Any token may read it (viewer).",
    ].join("\n\n"),
  access: "read",
  minRole: "viewer",
  params: slugParams,
  query: portfolioQuery,
  responses: { 200: { description: "The portfolio", schema: portfolioBody } },
  curl: 'curl -H "Authorization: Bearer $REALISED_TOKEN" "http://localhost:3000/api/v1/workspaces/acme-retail/portfolio?currency=EUR"',
  handle: async ({ ctx, query, now }) => {
    // Small pages: only the totals and the leak counts are used here.
    const portfolio = await getWorkspacePortfolio(ctx.workspace, {
      today: now,
      reportingCurrency: query.currency,
      pageSize: 1,
      leakLimit: 1,
      reviewedLeakLimit: 1,
    });
    const { totals } = portfolio;
    const body: z.infer<typeof portfolioBody> = {
      period: portfolio.period,
      reportingCurrency: totals.reportingCurrency,
      currencies: portfolio.currencies,
      headline: totalsBody(totals.headline),
      otherCurrencies: totals.otherCurrencies.map((t) => ({ ...totalsBody(t), converted: totalsBody(t.converted) })),
      drafts: totals.drafts.map(totalsBody),
      conversion: conversionBodyOf(totals.conversion),
      investments: portfolio.table.total,
      leaks: { open: portfolio.leaks.openCount, reviewed: portfolio.leaks.reviewedCount },
    };
    return { body };
  },
});

// ---- Leaks ---------------------------------------------------------------------------------

const leakBody = z
  .object({
    code: z.enum(LEAK_CODES),
    subject: z.string().meta({ description: "What the leak is about within its investment (a KPI's name); empty for most codes" }),
    params: z
      .record(z.string(), z.unknown())
      .meta({ description: "The finding as data, by code: amounts rounded to cents, percentages as numbers, months as month numbers of the plan (1 = startMonth)" }),
    months: z.array(whole).meta({ description: "The months of the plan it concerns" }),
    atStakeMonthly: money.meta({ description: "Money at stake a month, in the investment's currency" }),
    converted: z
      .object({
        currency: z.string().meta({ description: "The workspace's reporting currency", example: "EUR" }),
        atStakeMonthly: reportedMoney
          .nullable()
          .meta({ description: "The money at stake a month converted at the current month's rate, else the latest known one; null when no rate is known" }),
        rateMonth: month.nullable().meta({ description: "The month of the rate used; null when none is known" }),
        fallback: z.boolean().meta({ description: "True when the current month has no rate and the latest known one was used" }),
      })
      .nullable()
      .meta({ description: "For an investment in another currency than the reporting one: its money at stake converted; null otherwise" }),
    newThisMonth: z.boolean().meta({ description: "Not found when evaluated as of the month before" }),
    investment: z.object({ id: z.string(), name: z.string(), currency: z.string() }),
    message: z.string().meta({ description: "The finding and the next step in words: Dutch when Accept-Language starts with nl, else English" }),
    review: z
      .object({
        kind: z.enum(["acknowledged", "snoozed"]),
        reason: z.string(),
        snoozedUntil: z.string().nullable().meta({ description: "The day it comes back (snoozed)", example: "2026-07-01" }),
        by: z.string().meta({ description: "Who reviewed it" }),
        at: timestamp,
      })
      .nullable()
      .meta({ description: "Why a reviewed leak is hidden; null for an open leak" }),
  })
  .meta({ id: "Leak" });

const leaksBody = z
  .object({
    period: month.meta({ description: "The month the leaks are evaluated as of (the current month)" }),
    reportingCurrency: z.string().meta({ description: "The currency the leaks are ranked in (the workspace's)", example: "EUR" }),
    open: z.array(leakBody).meta({ description: "Open leaks, most money at stake first (in the reporting currency)" }),
    openCount: whole.meta({ description: "All open leaks (the list holds at most `limit`)" }),
    reviewed: z.array(leakBody).meta({ description: "Leaks a review hides (acknowledged, or snoozed until a later month), most money at stake first" }),
    reviewedCount: whole,
  })
  .meta({ id: "Leaks" });

export const LEAK_LIST_LIMIT = { default: 100, max: 500 } as const;
const LIMIT_MESSAGE = `must be a whole number from 1 to ${LEAK_LIST_LIMIT.max}`;

const leaksQuery = z.strictObject({
  limit: wholeNumber(z.number({ error: LIMIT_MESSAGE }).int(LIMIT_MESSAGE).min(1, LIMIT_MESSAGE).max(LEAK_LIST_LIMIT.max, LIMIT_MESSAGE))
    .optional()
    .meta({ description: `At most this many open and this many reviewed leaks (default ${LEAK_LIST_LIMIT.default})` }),
});

function leakItem(leak: PortfolioLeak, locale: UiLocale): z.infer<typeof leakBody> {
  const converted = leak.converted ?? null;
  return {
    code: leak.code,
    subject: leak.subject,
    params: leak.params as Record<string, unknown>,
    months: leak.months ?? [],
    atStakeMonthly: moneyText(leak.atStakeMonthly),
    converted: converted && {
      currency: converted.currency,
      atStakeMonthly: converted.atStakeMonthly === null ? null : amountText(converted.atStakeMonthly, converted.currency),
      rateMonth: converted.ratePeriod,
      fallback: converted.fallback,
    },
    newThisMonth: !leak.previously,
    investment: { id: leak.investmentId, name: leak.investmentName, currency: leak.currency },
    message: renderLeakMessage(leak, locale, leak.currency),
    review:
      leak.hidden && leak.review
        ? { kind: leak.review.kind, reason: leak.review.reason, snoozedUntil: leak.review.snoozedUntil, by: leak.review.by, at: leak.review.at }
        : null,
  };
}

export const listWorkspaceLeaks = defineOperation({
  operationId: "listLeaks",
  method: "get",
  path: "/workspaces/{slug}/leaks",
  tag: "Portfolio",
  summary: "Value leaks, ranked by money at stake",
  description:
    "The dashboard's leaks: open ones, and the ones a review hides with who reviewed them, why and until when. " +
    "Each carries the engine's code and params and the sentence the app shows (Accept-Language: nl for Dutch). " +
    "They are ranked by money at stake in the workspace's reporting currency: a leak of an investment in another currency is converted " +
    "at the current month's rate (else the latest known one) and carries that amount under `converted`. " +
    "Archived investments are left out. Any token may read them (viewer).",
  access: "read",
  minRole: "viewer",
  params: slugParams,
  query: leaksQuery,
  responses: { 200: { description: "The leaks", schema: leaksBody } },
  curl: 'curl -H "Authorization: Bearer $REALISED_TOKEN" -H "Accept-Language: nl" "http://localhost:3000/api/v1/workspaces/acme-retail/leaks?limit=20"',
  handle: async ({ ctx, query, now, request }) => {
    const limit = query.limit ?? LEAK_LIST_LIMIT.default;
    await ensureFreshFigures([ctx.workspace.id], now);
    const [{ target, book, period }, currencies] = await Promise.all([reportingConversionOf(ctx.workspace, now), currenciesOf([ctx.workspace.id])]);
    const leaks = await listLeaks({ workspaceIds: [ctx.workspace.id] }, now, limit, limit, { target, book, period, currencies });
    const locale = readerLocaleOf(request);
    const body: z.infer<typeof leaksBody> = {
      period,
      reportingCurrency: target,
      open: leaks.open.map((leak) => leakItem(leak, locale)),
      openCount: leaks.openCount,
      reviewed: leaks.reviewed.map((leak) => leakItem(leak, locale)),
      reviewedCount: leaks.reviewedCount,
    };
    return { body };
  },
});
