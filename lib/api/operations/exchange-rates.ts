import Decimal from "decimal.js";
import { z } from "zod";
import { decideWrite, type Precondition } from "@/lib/actuals/write-precondition";
import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import { periodToDate } from "@/lib/investments/months";
import { importRates } from "@/lib/rates/mutations";
import { RATE_SELECT, rateConflicts, rateJson, toRateRow, type RateRow } from "@/lib/rates/queries";
import { IMPORT_CONFLICT_CHOICES, MAX_RATE_DECIMALS, readRate } from "@/lib/rates/schemas";
import { checkPeriodText, FIRST_YEAR, LAST_YEAR, YEAR_RANGE_MESSAGE } from "@/lib/shared/calendar-range";
import { ISO_CURRENCY_PATH_MESSAGE, isIsoCurrency } from "@/lib/shared/currencies";
import { wholeNumber } from "@/lib/shared/whole-number";
import { INVALID_CURSOR_MESSAGE } from "../cursor";
import { defineOperation } from "../operation";
import { ApiProblem } from "../problem";
import { month, pageInfo, problemDocument, slugParams } from "../schemas";
import { timestamp } from "./figures";

// A workspace's monthly exchange rates (docs/currencies.md): in a month, 1 `from` = `rate`
// `to`, the ECB's way (EUR → USD 1.0823). The API reads them, sets one month's rate, and
// writes many at once, all or nothing. A rate has no revision: like a KPI measurement, its
// ETag is its value ("1.0823"), and a write names the value it was based on.

const TAG = "Exchange rates";
const base = "http://localhost:3000/api/v1/workspaces/acme-retail/exchange-rates";
const auth = '-H "Authorization: Bearer $REALISED_TOKEN"';

export const RATE_TEXT_MESSAGE = `must be a rate as a decimal string such as "1.0823" (greater than 0, at most ${MAX_RATE_DECIMALS} decimals)`;
export const SAME_CURRENCY_MESSAGE = "must differ from from: a rate converts one currency into another";
export const duplicateRateMessage = (firstIndex: number) => `This currency pair and month is already in the batch (rates.${firstIndex})`;
export const existingRateApiMessage = (r: { from: string; to: string; period: string; existing: string }) =>
  `${r.from} → ${r.to} already has the rate ${r.existing} for ${r.period}; send onConflict "replace" to replace it or "keep" to keep it`;
export const RATE_BATCH_CONFLICT_MESSAGE = 'Some months already have another rate; nothing was saved. Send onConflict "replace" or "keep" to decide';
export const MAX_BATCH_RATES = 10_000;
export const IF_MATCH_RATE_MESSAGE = 'If-Match must be the rate you read, such as "1.0823", or *';
export const NO_RATE_YET_MESSAGE = "There is no rate for this month yet; leave If-Match out to add one";
export const rateRequiredMessage = (pair: { from: string; to: string; month: string }, current: string) =>
  `${pair.from} → ${pair.to} already has the rate ${current} for ${pair.month}; send If-Match: "${current}" to replace it`;
export const staleRateMessage = (current: string) => `The rate for this month is now ${current}; read it again and send If-Match: "${current}"`;
export const YEAR_MESSAGE = `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`;
export const ON_CONFLICT_MESSAGE = 'must be "fail", "keep" or "replace"';
export const NO_RATES_MESSAGE = "Send at least one rate";
export const TOO_MANY_RATES_MESSAGE = `Send at most ${MAX_BATCH_RATES} rates at once`;

// ---- Shapes ----------------------------------------------------------------------------------

const currency = z
  .string()
  .refine(isIsoCurrency, ISO_CURRENCY_PATH_MESSAGE)
  .meta({ description: "An ISO 4217 currency code, in capitals", example: "EUR" });

/** A rate as a decimal string, read exactly: > 0, at most 10 decimals, at most 1,000,000,000,000. */
const rateText = z
  .string({ error: RATE_TEXT_MESSAGE })
  .max(40, RATE_TEXT_MESSAGE)
  .superRefine((text, ctx) => {
    if (!/^\d+(\.\d+)?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: RATE_TEXT_MESSAGE });
      return;
    }
    const reading = readRate(text, "point");
    if (!reading.ok) ctx.addIssue({ code: "custom", message: reading.message });
  })
  .transform((text) => new Decimal(text).toFixed())
  .meta({ description: `1 from = rate to, as a decimal string (> 0, at most ${MAX_RATE_DECIMALS} decimals)`, example: "1.0823" });

/** A month a rate can be stored for: YYYY-MM in the years the app works with. */
const rateMonth = month.superRefine((text, ctx) => {
  if (checkPeriodText(text) === "range") ctx.addIssue({ code: "custom", message: YEAR_RANGE_MESSAGE });
});

export const exchangeRate = z
  .object({
    from: z.string().meta({ example: "EUR" }),
    to: z.string().meta({ example: "USD" }),
    month,
    rate: z.string().meta({ description: "1 from = rate to in this month, exact (no trailing zeros)", example: "1.0823" }),
    source: z.string().meta({ description: 'Where it came from: "manual", "ecb", "csv", "api" or "import" (a workspace file)', example: "api" }),
    sourceDetail: z.string().meta({ description: "The file name, or the name of the API token that wrote it", example: "ERP sync" }),
    enteredByName: z.string().meta({ description: "Who entered it (for a token: its creator)" }),
    updatedAt: timestamp,
  })
  .meta({ id: "ExchangeRate", description: "One month's rate of a currency pair" });
type ExchangeRateBody = z.infer<typeof exchangeRate>;

const rateBody = (row: RateRow): ExchangeRateBody => rateJson(row);

/** A rate's ETag: its exact value in quotes. */
export const rateEtag = (rate: string) => `"${rate}"`;

// ---- List ------------------------------------------------------------------------------------

export const RATE_PAGE_LIMIT = { default: 100, max: 1000 } as const;
const LIMIT_MESSAGE = `must be a whole number from 1 to ${RATE_PAGE_LIMIT.max}`;

const listQuery = z.strictObject({
  from: currency.optional().meta({ description: "Only rates from this currency" }),
  to: currency.optional().meta({ description: "Only rates into this currency" }),
  year: wholeNumber(z.number({ error: YEAR_MESSAGE }).int(YEAR_MESSAGE).min(FIRST_YEAR, YEAR_MESSAGE).max(LAST_YEAR, YEAR_MESSAGE))
    .optional()
    .meta({ description: "Only the months of this year", example: 2026 }),
  limit: wholeNumber(z.number({ error: LIMIT_MESSAGE }).int(LIMIT_MESSAGE).min(1, LIMIT_MESSAGE).max(RATE_PAGE_LIMIT.max, LIMIT_MESSAGE))
    .optional()
    .meta({ description: `Rates per page, 1 to ${RATE_PAGE_LIMIT.max} (default ${RATE_PAGE_LIMIT.default})` }),
  cursor: z.string().max(200).optional().meta({ description: "The `page.next` of the page before; leave it out for the first page" }),
});

const ratePage = z
  .object({ items: z.array(exchangeRate).meta({ description: "Oldest month first, then by from and to" }), page: pageInfo })
  .meta({ id: "ExchangeRatePage" });

/** Where a page of rates ends: the month and pair of its last rate (the list's order). */
type RatePosition = { month: string; from: string; to: string };

const encodeRateCursor = (p: RatePosition) => Buffer.from(JSON.stringify([p.month, p.from, p.to]), "utf8").toString("base64url");

function decodeRateCursor(cursor: string): RatePosition {
  const refuse = () => new ApiProblem("invalid-input", "Please correct the fields listed in errors", { errors: [{ path: "cursor", message: INVALID_CURSOR_MESSAGE }] });
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw refuse();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw refuse();
  const [m, from, to] = decoded as unknown[];
  if (typeof m !== "string" || checkPeriodText(m) !== "ok" || typeof from !== "string" || typeof to !== "string") throw refuse();
  if (!/^[A-Z]{3}$/.test(from) || !/^[A-Z]{3}$/.test(to)) throw refuse();
  return { month: m, from, to };
}

const rowSelect = RATE_SELECT;

export const listExchangeRates = defineOperation({
  operationId: "listExchangeRates",
  method: "get",
  path: "/workspaces/{slug}/exchange-rates",
  tag: TAG,
  summary: "The workspace's exchange rates, a page at a time",
  description: [
    "Every stored monthly rate: in month, 1 from = rate to (the ECB's way: EUR → USD 1.0823 means 1 EUR = 1.0823 USD), with where it came from and who entered it. " +
      "Figures in other currencies are converted with these rates (a pair's rate also converts the other way, divided, and through a third currency when needed).",
    "Oldest month first, then by from and to: a stable order, so paging never repeats or skips one. Follow `page.next` as `cursor` until it is null. Any token may read (viewer).",
  ].join("\n\n"),
  access: "read",
  minRole: "viewer",
  params: slugParams,
  query: listQuery,
  responses: { 200: { description: "One page", schema: ratePage } },
  curl: `curl ${auth} "${base}?from=EUR&year=2026"`,
  handle: async ({ ctx, query }) => {
    const limit = query.limit ?? RATE_PAGE_LIMIT.default;
    const after = query.cursor === undefined ? null : decodeRateCursor(query.cursor);
    const afterMonth = after ? periodToDate(after.month) : null;
    const rows = await getDb().exchangeRate.findMany({
      where: {
        workspaceId: ctx.workspace.id,
        ...(query.from ? { fromCurrency: query.from } : {}),
        ...(query.to ? { toCurrency: query.to } : {}),
        ...(query.year ? { month: { gte: periodToDate(`${query.year}-01`), lte: periodToDate(`${query.year}-12`) } } : {}),
        ...(after && afterMonth
          ? {
              OR: [
                { month: { gt: afterMonth } },
                { month: afterMonth, fromCurrency: { gt: after.from } },
                { month: afterMonth, fromCurrency: after.from, toCurrency: { gt: after.to } },
              ],
            }
          : {}),
      },
      orderBy: [{ month: "asc" }, { fromCurrency: "asc" }, { toCurrency: "asc" }],
      take: limit + 1,
      select: rowSelect,
    });
    const page = rows.slice(0, limit).map(toRateRow);
    const last = page.at(-1);
    const next = rows.length > limit && last ? encodeRateCursor({ month: last.month, from: last.from, to: last.to }) : null;
    return { body: { items: page.map(rateBody), page: { next } } satisfies z.infer<typeof ratePage> };
  },
});

// ---- Put one month ---------------------------------------------------------------------------

const rateParams = slugParams
  .extend({
    from: currency.meta({ description: "The currency converted from", example: "EUR" }),
    to: currency.meta({ description: "The currency converted into", example: "USD" }),
    month: rateMonth.meta({ description: "The month the rate is for (YYYY-MM)", example: "2026-03" }),
  })
  .superRefine((params, ctx) => {
    if (params.from === params.to) ctx.addIssue({ code: "custom", path: ["to"], message: SAME_CURRENCY_MESSAGE });
  });

const putBody = z.strictObject({ rate: rateText }).meta({ id: "ExchangeRateInput" });

const VALUE_TAG = /^(?:W\/)?"?([^",]*)"?$/;

/** What the writer based the rate on: null — no rate yet (or this very rate); "*" — whatever is stored; a list — one of these rates. */
type ExpectedRate = null | "*" | string[];

function expectedOf(ifMatch: string | null): ExpectedRate {
  if (ifMatch === null) return null;
  if (ifMatch.trim() === "*") return "*";
  return ifMatch.split(",").map((part) => {
    const value = part.trim().match(VALUE_TAG)?.[1];
    if (value === undefined || !/^\d{1,20}(\.\d{1,20})?$/.test(value)) {
      throw new ApiProblem("invalid-input", IF_MATCH_RATE_MESSAGE, { errors: [{ path: "If-Match", message: IF_MATCH_RATE_MESSAGE }] });
    }
    return value;
  });
}

const sameRate = (a: string, b: string) => new Decimal(a).eq(b);

function preconditionOf(expected: ExpectedRate, current: string | null): Precondition {
  if (expected === null) return "none";
  if (expected === "*") return "any";
  return current !== null && expected.some((value) => sameRate(value, current)) ? "matched" : "not-matched";
}

function refusal(decision: "stale" | "revision-required", current: string | null, pair: { from: string; to: string; month: string }): ApiProblem {
  const headers: Record<string, string> = current === null ? {} : { ETag: rateEtag(current) };
  const extras = { currentRate: current, headers };
  if (decision === "revision-required" && current !== null) {
    return new ApiProblem("precondition-required", rateRequiredMessage(pair, current), extras);
  }
  if (current === null) return new ApiProblem("precondition-failed", NO_RATE_YET_MESSAGE, extras);
  return new ApiProblem("precondition-failed", staleRateMessage(current), extras);
}

/** What an audit entry keeps of a rate (as lib/rates does). */
const audited = (row: RateRow) => ({ from: row.from, to: row.to, month: row.month, rate: row.rate, source: row.source, sourceDetail: row.sourceDetail });

type PutOutcome = { outcome: "created" | "updated" | "unchanged"; row: RateRow };

/** One attempt: read the month's rate, decide, write conditionally. Null: someone wrote in between (try again). */
async function putOnce(ctx: WorkspaceContext, input: { from: string; to: string; month: string; rate: string; expected: ExpectedRate }): Promise<PutOutcome | null> {
  const workspaceId = ctx.workspace.id;
  const key = { workspaceId_fromCurrency_toCurrency_month: { workspaceId, fromCurrency: input.from, toCurrency: input.to, month: periodToDate(input.month) } };
  const entered = {
    rate: input.rate,
    source: "api",
    sourceDetail: (ctx.apiToken?.name ?? "").slice(0, 200),
    enteredById: ctx.user.id,
    enteredByName: ctx.user.name,
  };
  return getDb().$transaction(async (tx) => {
    const stored = await tx.exchangeRate.findUnique({ where: key, select: rowSelect });
    const current = stored ? toRateRow(stored) : null;
    const decision = decideWrite(preconditionOf(input.expected, current?.rate ?? null), current !== null, current !== null && sameRate(current.rate, input.rate));
    if (decision === "stale" || decision === "revision-required") throw refusal(decision, current?.rate ?? null, input);
    if (decision === "unchanged") return { outcome: "unchanged", row: current! };
    if (decision === "create") {
      const row = toRateRow(
        await tx.exchangeRate.create({
          data: { workspaceId, fromCurrency: input.from, toCurrency: input.to, month: periodToDate(input.month), ...entered },
          select: rowSelect,
        }),
      );
      await recordAudit(tx, { workspaceId, actorId: ctx.user.id, action: "exchange-rate.create", entityType: "ExchangeRate", entityId: row.id, after: audited(row) });
      return { outcome: "created", row };
    }
    // Written only while the row is as read.
    const { count } = await tx.exchangeRate.updateMany({ where: { id: stored!.id, workspaceId, updatedAt: stored!.updatedAt }, data: entered });
    if (count !== 1) return null;
    const row = toRateRow(await tx.exchangeRate.findUniqueOrThrow({ where: { id: stored!.id }, select: rowSelect }));
    await recordAudit(tx, {
      workspaceId,
      actorId: ctx.user.id,
      action: "exchange-rate.update",
      entityType: "ExchangeRate",
      entityId: row.id,
      before: audited(current!),
      after: audited(row),
    });
    return { outcome: "updated", row };
  });
}

/**
 * Sets one month's rate of a pair if it is what the writer based it on; the same rate again
 * writes nothing. A write that meets another one in between is decided again on what that
 * one stored.
 */
export async function putExchangeRateMonth(ctx: WorkspaceContext, input: { from: string; to: string; month: string; rate: string; expected: ExpectedRate }): Promise<PutOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await putOnce(ctx, input);
      if (result) return result;
    } catch (error) {
      // Two requests adding the month at once: the second is decided against the first one's rate.
      if (!isUniqueViolation(error)) throw error;
    }
    if (attempt >= 2) throw new Error("The exchange rate kept changing while it was being written");
  }
}

export const putExchangeRate = defineOperation({
  operationId: "putExchangeRate",
  method: "put",
  path: "/workspaces/{slug}/exchange-rates/{from}/{to}/{month}",
  tag: TAG,
  summary: "Set one month's exchange rate of a currency pair",
  description: [
    'Sets the rate of from → to for one month: 1 from = rate to, a decimal string (> 0, at most 10 decimals), such as {"rate":"1.0823"} for EUR → USD. ' +
      "One rate per pair and month; the other direction need not be stored (it is used divided). Figures are converted with the new rate from the next read on.",
    'A rate has no revision: its ETag is its value, such as "1.0823", compared as a number ("1.08230" matches).',
    "Without If-Match: a month without a rate gets one (201); the same rate again is answered 200 without writing; another rate is refused with 428, naming the current rate.",
    'With If-Match: "<rate>" replaces the rate only while it is still that rate, else 412 (also when there is no rate yet: leave If-Match out to add one); "*" replaces whatever rate is there.',
    'The rate\'s source becomes "api" with the token\'s name, and the change is audited as the token. Needs a write token acting as editor or owner.',
  ].join("\n\n"),
  access: "write",
  minRole: "editor",
  params: rateParams,
  body: putBody,
  ifMatch: "optional",
  responses: {
    200: { description: "Replaced, or already this rate", schema: exchangeRate, headers: { ETag: "The rate now, in quotes" } },
    201: { description: "Added", schema: exchangeRate, headers: { ETag: "The rate, in quotes" } },
    412: { description: "The rate is not the one If-Match names (or there is none)", schema: problemDocument },
    428: { description: "The month already has another rate: send If-Match with it", schema: problemDocument },
  },
  curl: [`curl -X PUT ${auth} -H "Content-Type: application/json" -H 'If-Match: "1.0823"' \\`, `  -d '{"rate":"1.0857"}' ${base}/EUR/USD/2026-03`].join("\n"),
  handle: async ({ ctx, params, body, ifMatch }) => {
    const { outcome, row } = await putExchangeRateMonth(ctx, { from: params.from, to: params.to, month: params.month, rate: body.rate, expected: expectedOf(ifMatch) });
    return { status: outcome === "created" ? 201 : 200, body: rateBody(row), headers: { ETag: rateEtag(row.rate) } };
  },
});

// ---- Batch -----------------------------------------------------------------------------------

const batchRate = z
  .strictObject({ from: currency, to: currency, month: rateMonth, rate: rateText })
  .superRefine((item, ctx) => {
    if (item.from === item.to) ctx.addIssue({ code: "custom", path: ["to"], message: SAME_CURRENCY_MESSAGE });
  })
  .meta({ id: "ExchangeRateBatchItem" });

const batchBody = z
  .strictObject({
    rates: z.array(batchRate).min(1, NO_RATES_MESSAGE).max(MAX_BATCH_RATES, TOO_MANY_RATES_MESSAGE),
    onConflict: z
      .enum(IMPORT_CONFLICT_CHOICES, { error: ON_CONFLICT_MESSAGE })
      .default("fail")
      .meta({
        description:
          'A month that already has another rate: "fail" (default) refuses the whole batch with 409 naming each; "keep" leaves the stored rate; "replace" overwrites it',
      }),
  })
  .superRefine((input, ctx) => {
    const first = new Map<string, number>();
    // Also runs when some rates were refused: their values may then be anything.
    (Array.isArray(input.rates) ? (input.rates as unknown[]) : []).forEach((item, index) => {
      if (typeof item !== "object" || item === null) return;
      const { from, to, month: period } = item as { from?: unknown; to?: unknown; month?: unknown };
      if (typeof from !== "string" || typeof to !== "string" || typeof period !== "string") return;
      const key = `${from}>${to}@${period}`;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, index);
      else ctx.addIssue({ code: "custom", path: ["rates", index, "month"], message: duplicateRateMessage(seen) });
    });
  })
  .meta({ id: "ExchangeRateBatchInput", description: `Up to ${MAX_BATCH_RATES} rates, written all or nothing` });

const batchResult = z
  .object({
    total: z.number().int().meta({ description: "Rates in the batch" }),
    created: z.number().int().meta({ description: "Months that had no rate" }),
    replaced: z.number().int().meta({ description: 'Months whose other rate was overwritten ("replace")' }),
    kept: z.number().int().meta({ description: 'Months whose other rate was left as it was ("keep")' }),
    unchanged: z.number().int().meta({ description: "Months that already had exactly this rate" }),
  })
  .meta({ id: "ExchangeRateBatchResult" });

export const batchExchangeRates = defineOperation({
  operationId: "batchExchangeRates",
  method: "post",
  path: "/workspaces/{slug}/exchange-rates:batch",
  tag: TAG,
  summary: "Set many monthly rates at once, all or nothing",
  description: [
    `Saves 1 to ${MAX_BATCH_RATES} rates (from, to, month, rate as in PUT …/exchange-rates/{from}/{to}/{month}) in one transaction: if any is refused, nothing is written. ` +
      "A full monthly history from the ECB fits in one batch.",
    'Months that already have exactly that rate are left as they are ("unchanged"). A month that has another rate is decided by onConflict: "fail" (default) refuses the whole batch with 409, ' +
      'naming each such rate by its place ("rates.3.rate") with the stored rate; "keep" keeps the stored rate; "replace" overwrites it.',
    'Each rate is checked and named by its place: 422 for a currency that is not ISO 4217, the same currency twice, a month outside 1900–2199, a rate that is not > 0 with at most 10 decimals, or a pair and month sent twice. ' +
      'Saved rates get the source "api" with the token\'s name; one audit entry lists the batch.',
    "Answers 201 when at least one rate was added, else 200, with the counts. Send an Idempotency-Key to retry safely: the retry gets the first answer (Idempotency-Replayed: true) and writes nothing.",
  ].join("\n\n"),
  access: "write",
  minRole: "editor",
  params: slugParams,
  body: batchBody,
  idempotencyKey: true,
  responses: {
    200: { description: "Saved (no rate was new)", schema: batchResult },
    201: { description: "Saved, at least one rate added", schema: batchResult },
    409: { description: 'Some months already have another rate and onConflict is "fail"; nothing was written', schema: problemDocument },
  },
  curl: [
    `curl -X POST ${auth} -H "Content-Type: application/json" -H "Idempotency-Key: $(uuidgen)" \\`,
    `  -d '{"rates":[{"from":"EUR","to":"USD","month":"2026-01","rate":"1.0312"},{"from":"EUR","to":"USD","month":"2026-02","rate":"1.0405"}],"onConflict":"replace"}' \\`,
    `  "${base}:batch"`,
  ].join("\n"),
  handle: async ({ ctx, body }) => {
    const rates = body.rates.map((r) => ({ from: r.from, to: r.to, period: r.month, rate: r.rate }));
    if (body.onConflict === "fail") {
      // Named by their place here; importRates checks again under its lock.
      const { conflicts } = await rateConflicts(ctx.workspace.id, rates);
      if (conflicts.length > 0) {
        const indexOf = new Map(rates.map((r, index) => [`${r.from}>${r.to}@${r.period}`, index]));
        throw new ApiProblem("conflict", RATE_BATCH_CONFLICT_MESSAGE, {
          errors: conflicts.map((c) => ({ path: `rates.${indexOf.get(`${c.from}>${c.to}@${c.period}`)}.rate`, message: existingRateApiMessage(c) })),
          conflicts: conflicts.map((c) => ({ index: indexOf.get(`${c.from}>${c.to}@${c.period}`), from: c.from, to: c.to, month: c.period, currentRate: c.existing })),
        });
      }
    }
    const result = await importRates(ctx, { rates, source: "api", sourceDetail: ctx.apiToken?.name ?? "", onConflict: body.onConflict });
    return { status: result.created > 0 ? 201 : 200, body: result };
  },
});
