import { z } from "zod";
import { actualsBatchBody, actualsMonthBody, MAX_BATCH_MONTHS } from "@/lib/actuals/api-input";
import { MonthPreconditionError, recordActualsMonths, type MonthPreconditionProblem } from "@/lib/actuals/record-months";
import { findRecordedMonth, listRecordedMonths } from "@/lib/actuals/recorded-months";
import type { ExpectedRevision } from "@/lib/actuals/write-precondition";
import { assertIfMatch, etagOf, parseIfMatch } from "../etag";
import { defineOperation } from "../operation";
import { ApiProblem } from "../problem";
import { investmentParams, money, month, problemDocument } from "../schemas";

// An investment's monthly actuals. A month's ETag is its revision ("3"); every write names
// what it was based on, so a client never overwrites a month it has not seen.

const CONCURRENCY = `Each month's ETag is its revision, such as "3".`;

const actualsMonth = z
  .object({
    month,
    cost: money,
    benefit: money,
    benefitByDriver: z.record(z.string(), money).nullable().meta({ description: "The benefit per driver label, if it was split" }),
    note: z.string(),
    revision: z.number().int().min(1).meta({ description: "Goes up with every change; the month's ETag is this number in quotes", example: 3 }),
    source: z.string().meta({ description: 'Where the values came from: "ui", "csv", "import" or "api:<token name>"', example: "api:ERP sync" }),
    recordedByName: z.string().meta({ description: "Who saved the month last (for a token: its creator)" }),
    updatedAt: z.string().meta({ format: "date-time" }),
    planVersion: z.number().int().nullable().meta({ description: "The plan version in force when the month was recorded" }),
  })
  .meta({ id: "ActualsMonth", description: "One recorded month of one investment; amounts in the investment's currency" });

const actualsList = z
  .object({
    investmentId: z.string(),
    currency: z.string().meta({ description: "The investment's currency (ISO 4217)", example: "EUR" }),
    months: z.array(actualsMonth).meta({ description: "Every recorded month, in month order; a month that is not listed is missing (never zero)" }),
  })
  .meta({ id: "ActualsList" });

const batchResult = z
  .object({
    months: z.array(
      actualsMonth.extend({
        outcome: z.enum(["created", "updated", "unchanged"]).meta({ description: "unchanged: the month already held exactly these values and was not written" }),
      }),
    ),
  })
  .meta({ id: "ActualsBatchResult", description: "The months of the batch as saved, in the order they were sent" });

const monthParams = investmentParams.extend({ month });

const base = (slug = "acme-retail", id = "cm9x2k1ab0001qz8h3d4e5f6g") => `http://localhost:3000/api/v1/workspaces/${slug}/investments/${id}`;
const auth = '-H "Authorization: Bearer $REALISED_TOKEN"';

export const listActuals = defineOperation({
  operationId: "listActuals",
  method: "get",
  path: "/workspaces/{slug}/investments/{id}/actuals",
  tag: "Actuals",
  summary: "Every recorded month of an investment",
  description: `The months that have actuals, in month order, with their revision, source and who recorded them. ${CONCURRENCY}`,
  access: "read",
  minRole: "viewer",
  params: investmentParams,
  responses: { 200: { description: "The recorded months", schema: actualsList } },
  curl: `curl ${auth} ${base()}/actuals`,
  handle: async ({ ctx, params }) => ({ body: await listRecordedMonths(ctx.workspace.id, params.id) }),
});

export const getActualsMonth = defineOperation({
  operationId: "getActualsMonth",
  method: "get",
  path: "/workspaces/{slug}/investments/{id}/actuals/{month}",
  tag: "Actuals",
  summary: "One recorded month",
  description: `One month's actuals, with its revision as the ETag. 404 when the month has no actuals. ${CONCURRENCY}`,
  access: "read",
  minRole: "viewer",
  params: monthParams,
  responses: { 200: { description: "The month", schema: actualsMonth, headers: { ETag: 'The month\'s revision, such as "3"' } } },
  curl: `curl -i ${auth} ${base()}/actuals/2026-03`,
  handle: async ({ ctx, params }) => {
    const recorded = await findRecordedMonth(ctx.workspace.id, params.id, params.month);
    return { body: recorded, headers: { ETag: etagOf(recorded.revision) } };
  },
});

/** If-Match as a month write's precondition (a malformed one is refused with 422). */
function expectedOf(ifMatch: string | null): ExpectedRevision {
  if (ifMatch === null) return null;
  const parsed = parseIfMatch(ifMatch);
  return parsed.any ? "*" : parsed.revisions;
}

const revisionRequired = (current: number) => `This month already has other actuals (revision ${current}); send If-Match: "${current}" to replace them`;

function putRefusal(problem: MonthPreconditionProblem, ifMatch: string | null): ApiProblem {
  const current = problem.currentRevision;
  if (problem.reason === "revision-required" && current !== null) {
    return new ApiProblem("precondition-required", revisionRequired(current), { currentRevision: current, headers: { ETag: etagOf(current) } });
  }
  try {
    assertIfMatch(ifMatch, current); // throws the 412 that names the current revision
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  return new ApiProblem("precondition-failed", "The month is not at the revision you sent", { currentRevision: current });
}

export const putActualsMonth = defineOperation({
  operationId: "putActualsMonth",
  method: "put",
  path: "/workspaces/{slug}/investments/{id}/actuals/{month}",
  tag: "Actuals",
  summary: "Record or correct one month",
  description: [
    "Saves one month's cost and benefit (decimal strings, never negative). benefit may be left out when benefitByDriver is given: it is then their sum; when both are given they must agree.",
    CONCURRENCY,
    "Without If-Match: a month without actuals is created (201, ETag \"1\"); a month that already holds exactly these values is answered 200 without writing (so a retry is safe); a month with other values is refused with 428, naming its current revision.",
    'With If-Match: "<revision>" replaces the month only while it is at that revision, else 412 (also when the month has no actuals: leave If-Match out to create it); "*" replaces whatever is recorded now.',
    "A month outside the investment's horizon or in the future is refused with 422 (path \"month\"). The change is audited as the token, the month's source becomes \"api:<token name>\", and an actuals.recorded event is sent.",
  ].join("\n\n"),
  access: "write",
  minRole: "editor",
  params: monthParams,
  body: actualsMonthBody,
  ifMatch: "optional",
  responses: {
    200: { description: "Replaced, or already held exactly these values", schema: actualsMonth, headers: { ETag: "The month's revision now" } },
    201: { description: "Created", schema: actualsMonth, headers: { ETag: '"1"', Location: "The month's address" } },
    412: { description: "If-Match names another revision than the month's (or the month has no actuals)", schema: problemDocument },
    428: { description: "The month already has other actuals: send If-Match with its revision", schema: problemDocument },
  },
  curl: [
    `curl -X PUT ${auth} -H "Content-Type: application/json" -H 'If-Match: "3"' \\`,
    `  -d '{"cost":"500.00","benefitByDriver":{"Saved agency fee":"2000.00","Upsell":"300.00"},"note":"March"}' \\`,
    `  ${base()}/actuals/2026-03`,
  ].join("\n"),
  handle: async ({ ctx, params, body, ifMatch, request, now }) => {
    const expected = expectedOf(ifMatch);
    let saved;
    try {
      [saved] = await recordActualsMonths(
        ctx,
        { investmentId: params.id, months: [{ month: params.month, expected, ...body }] },
        { today: now, monthField: () => "month" },
      );
    } catch (error) {
      if (error instanceof MonthPreconditionError) throw putRefusal(error.problems[0], ifMatch);
      throw error;
    }
    const { outcome, ...recorded } = saved;
    const created = outcome === "created";
    return {
      status: created ? 201 : 200,
      body: recorded,
      headers: { ETag: etagOf(recorded.revision), ...(created ? { Location: new URL(request.url).pathname } : {}) },
    };
  },
});

function batchRefusalMessage(problem: MonthPreconditionProblem): string {
  const current = problem.currentRevision;
  if (current === null) return "This month has no actuals yet; leave revision out to create it";
  if (problem.reason === "revision-required") return `This month already has other actuals (revision ${current}); send revision ${current} to replace them`;
  return `This month is at revision ${current}; read it again and send that revision`;
}

function batchRefusal(problems: MonthPreconditionProblem[]): ApiProblem {
  const stale = problems.some((p) => p.reason === "stale");
  return new ApiProblem(
    stale ? "precondition-failed" : "precondition-required",
    stale
      ? "Some months are not at the revision you based them on; nothing was saved"
      : "Some months already have other actuals; send their revision to replace them. Nothing was saved",
    {
      errors: problems.map((p) => ({ path: `months.${p.index}.revision`, message: batchRefusalMessage(p) })),
      months: problems.map((p) => ({ index: p.index, month: p.month, reason: p.reason, currentRevision: p.currentRevision })),
    },
  );
}

/**
 * Room for a full batch: 1000 months, each with a note of 2000 characters of up to three
 * bytes each in UTF-8 and a few drivers, is about 6.5 MB.
 */
export const ACTUALS_BATCH_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

export const batchActuals = defineOperation({
  operationId: "batchActuals",
  method: "post",
  path: "/workspaces/{slug}/investments/{id}/actuals:batch",
  tag: "Actuals",
  summary: "Record many months at once, all or nothing",
  description: [
    `Saves 1 to ${MAX_BATCH_MONTHS} months of one investment in one transaction: if any month is refused, nothing is written. Each month follows the rules of PUT …/actuals/{month}, with its revision in the body instead of If-Match.`,
    CONCURRENCY,
    'revision left out: the month must have no actuals yet, or exactly these values (then it is left as it is: "unchanged"). revision n: the month must be at revision n. revision "*": replaces whatever is recorded (the month must have actuals).',
    "Refusals name each bad month by its place: 422 for a month outside the horizon, in the future or sent twice (\"months.3.month\"); 412 listing every month that is not at the revision sent (\"months.3.revision\", with its current revision under `months`); 428 when the only problem is months that already have other actuals and no revision was sent.",
    "Answers 201 when at least one month was created, else 200, with every month as saved. Send an Idempotency-Key to retry safely: the retry gets the first answer (Idempotency-Replayed: true) and writes nothing. One actuals.recorded event lists the months written.",
  ].join("\n\n"),
  access: "write",
  minRole: "editor",
  params: investmentParams,
  body: actualsBatchBody,
  idempotencyKey: true,
  bodyLimitBytes: ACTUALS_BATCH_BODY_LIMIT_BYTES,
  responses: {
    200: { description: "Saved (no month was new)", schema: batchResult },
    201: { description: "Saved, at least one month created", schema: batchResult },
    412: { description: "Some months are not at the revision sent; nothing was written", schema: problemDocument },
    428: { description: "Some months already have other actuals and no revision was sent; nothing was written", schema: problemDocument },
  },
  curl: [
    `curl -X POST ${auth} -H "Content-Type: application/json" -H "Idempotency-Key: $(uuidgen)" \\`,
    `  -d '{"months":[{"month":"2026-01","cost":"500.00","benefit":"2300.00"},{"month":"2026-02","cost":"500.00","benefit":"2450.00","revision":2}]}' \\`,
    `  "${base()}/actuals:batch"`,
  ].join("\n"),
  handle: async ({ ctx, params, body, now }) => {
    try {
      const months = await recordActualsMonths(ctx, { investmentId: params.id, months: body.months }, { today: now });
      return { status: months.some((m) => m.outcome === "created") ? 201 : 200, body: { months } };
    } catch (error) {
      if (error instanceof MonthPreconditionError) throw batchRefusal(error.problems);
      throw error;
    }
  },
});
