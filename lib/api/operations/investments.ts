import { z } from "zod";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { dateToPeriod } from "@/lib/investments/months";
import { createInvestment, STALE_MESSAGE, changeStatus } from "@/lib/investments/mutations";
import { approvePlan, savePlan } from "@/lib/investments/plan-mutations";
import { getInvestment } from "@/lib/investments/queries";
import { CATEGORIES, STATUSES } from "@/lib/investments/schemas";
import { ensureFreshFigures } from "@/lib/portfolio/refresh";
import { openLeaksByInvestment } from "@/lib/portfolio/stored-figures";
import { wholeNumber } from "@/lib/shared/whole-number";
import { decodeCursor, encodeCursor } from "../cursor";
import { assertIfMatch, etagOf } from "../etag";
import { defineOperation } from "../operation";
import { ApiProblem, type FieldProblem } from "../problem";
import { investmentParams, pageInfo, problemDocument, slugParams } from "../schemas";
import type { ConvertedInvestment } from "@/lib/portfolio/converted-months";
import { convertedInvestmentsOf, reportingConversionOf, reportingFigures, reportingFiguresOf } from "./conversion";
import { figuresBody, investmentFigures } from "./figures";
import { investmentBody, investmentHeaderFields, investmentHeaderOf, investmentLocation, investmentResource } from "./investment-resource";
import { newInvestmentDocument, planFields, planOf, requireEngineValidPlan, CATEGORY_MESSAGE } from "./plan-input";

// Investments: list (cursor pages), read, create from a format v1 document, replace the
// plan, change the status. Writes go through the same lib functions as the app's forms
// (lib/investments), so every rule — reasons for approved plans, new plan versions,
// allowed status changes, audit, stored figures, events — is the app's own.

const TAG = "Investments";
const curlBase = "http://localhost:3000/api/v1/workspaces/acme-retail/investments";
const EDITOR_NOTE = "Needs a write token acting as editor or owner (the role the app asks for the same change).";

// ---- List ----------------------------------------------------------------------------------

export const INVESTMENT_PAGE_LIMIT = { default: 25, max: 100 } as const;
const LIMIT_MESSAGE = `must be a whole number from 1 to ${INVESTMENT_PAGE_LIMIT.max}`;
const STATUS_MESSAGE = `must be one of ${STATUSES.join(", ")}`;

const listQuery = z.strictObject({
  limit: wholeNumber(z.number({ error: LIMIT_MESSAGE }).int(LIMIT_MESSAGE).min(1, LIMIT_MESSAGE).max(INVESTMENT_PAGE_LIMIT.max, LIMIT_MESSAGE))
    .optional()
    .meta({ description: `Items per page, 1 to ${INVESTMENT_PAGE_LIMIT.max} (default ${INVESTMENT_PAGE_LIMIT.default})` }),
  cursor: z.string().max(200).optional().meta({ description: "The `page.next` of the page before; leave it out for the first page" }),
  status: z.enum(STATUSES, { error: STATUS_MESSAGE }).optional(),
  category: z.enum(CATEGORIES, { error: CATEGORY_MESSAGE }).optional(),
  archived: z
    .enum(["true", "false"], { error: "must be true or false" })
    .optional()
    .meta({ description: "true: only archived investments; default false (archived ones are left out, as on the dashboard)" }),
});

const investmentSummary = z
  .object({ ...investmentHeaderFields, figures: investmentFigures, reportingFigures })
  .meta({ id: "InvestmentSummary" });

const investmentPage = z.object({ items: z.array(investmentSummary), page: pageInfo }).meta({ id: "InvestmentPage" });

export const listInvestments = defineOperation({
  operationId: "listInvestments",
  method: "get",
  path: "/workspaces/{slug}/investments",
  tag: TAG,
  summary: "The workspace's investments, a page at a time",
  description:
    "Oldest first (by creation, then id: a stable order, so paging never repeats or skips one). " +
    "Follow `page.next` as `cursor` until it is null. Each item carries its stored figures, as the dashboard shows them, in its own currency; " +
    "one in another currency than the workspace's reporting currency also carries them converted (reportingFigures). Any token may read (viewer).",
  access: "read",
  minRole: "viewer",
  params: slugParams,
  query: listQuery,
  responses: { 200: { description: "One page", schema: investmentPage } },
  curl: `curl -H "Authorization: Bearer $REALISED_TOKEN" "${curlBase}?status=active&limit=50"`,
  handle: async ({ ctx, query, now }) => {
    const limit = query.limit ?? INVESTMENT_PAGE_LIMIT.default;
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
    const workspaceId = ctx.workspace.id;
    await ensureFreshFigures([workspaceId], now);
    const rows = await getDb().investment.findMany({
      where: {
        workspaceId,
        archivedAt: query.archived === "true" ? { not: null } : null,
        ...(query.status ? { status: query.status } : {}),
        ...(query.category ? { category: query.category } : {}),
        ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit + 1,
      select: {
        id: true,
        name: true,
        status: true,
        category: true,
        currency: true,
        startMonth: true,
        horizonMonths: true,
        revision: true,
        archivedAt: true,
        createdAt: true,
        figures: true,
      },
    });
    const page = rows.slice(0, limit);
    const conversion = await reportingConversionOf(ctx.workspace, now);
    const foreign = page.filter((r) => r.currency !== conversion.target && r.archivedAt === null);
    const [open, converted] = await Promise.all([
      openLeaksByInvestment(workspaceId, page.map((r) => r.id), now),
      foreign.length > 0 ? convertedInvestmentsOf(ctx.workspace, conversion) : new Map<string, ConvertedInvestment>(),
    ]);
    const items = page.map((r) => {
      if (!r.figures) throw new Error(`Investment ${r.id} has no stored figures`);
      const leaks = open.get(r.id);
      return {
        ...investmentHeaderOf(r),
        figures: figuresBody(r.figures, leaks),
        reportingFigures: reportingFiguresOf(converted.get(r.id), leaks?.atStake ?? 0, conversion),
      };
    });
    const last = page.at(-1);
    const next = rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null;
    return { body: { items, page: { next } } satisfies z.infer<typeof investmentPage> };
  },
});

// ---- Read ----------------------------------------------------------------------------------

const etagHeader = { ETag: 'The investment\'s revision, quoted ("3"); send it back as If-Match to change it' };

export const getInvestmentOperation = defineOperation({
  operationId: "getInvestment",
  method: "get",
  path: "/workspaces/{slug}/investments/{id}",
  tag: TAG,
  summary: "One investment: its plan as a format v1 document, its plan versions and figures",
  description:
    "The document is the working plan with KPIs and actuals, exactly as the app's JSON export writes it. " +
    "figures are in the investment's own currency; for one in another currency than the workspace's reporting currency, " +
    "reportingFigures converts them month by month with the workspace's exchange rates and names any missing rate. " +
    "The ETag is the revision: send it as If-Match to change the plan or the status. Any token may read (viewer).",
  access: "read",
  minRole: "viewer",
  params: investmentParams,
  responses: { 200: { description: "The investment", schema: investmentBody, headers: etagHeader } },
  curl: `curl -i -H "Authorization: Bearer $REALISED_TOKEN" ${curlBase}/cm9x2k1ab0001qz8h3d4e5f6g`,
  handle: async ({ ctx, params, now }) => investmentResource(ctx, params.id, now),
});

// ---- Create --------------------------------------------------------------------------------

export const createInvestmentOperation = defineOperation({
  operationId: "createInvestment",
  method: "post",
  path: "/workspaces/{slug}/investments",
  tag: TAG,
  summary: "Create a draft investment from a format v1 document",
  description:
    "The header (name, currency, startMonth, horizonMonths) and the plan come from the document; category (default other), " +
    "description and ownerName are optional. The engine checks the plan and names every problem by its path (costs.1.month). " +
    "KPIs and actuals are not written here (record actuals with actuals:batch). The investment starts as a draft: " +
    `approve it with POST …/status. ${EDITOR_NOTE}`,
  access: "write",
  minRole: "editor",
  params: slugParams,
  body: newInvestmentDocument,
  idempotencyKey: true,
  responses: {
    201: {
      description: "Created",
      schema: investmentBody,
      headers: { ...etagHeader, Location: "The new investment's address" },
    },
  },
  curl: [
    `curl -X POST ${curlBase} \\`,
    '  -H "Authorization: Bearer $REALISED_TOKEN" -H "Content-Type: application/json" \\',
    '  -H "Idempotency-Key: 6f1c2a9e-create-loyalty" \\',
    `  -d '{"name":"Loyalty app","currency":"EUR","startMonth":"2026-01","horizonMonths":24,"category":"loyalty",` +
      `"costs":[{"kind":"oneTime","label":"Build","amount":"12000","month":1}],` +
      `"benefits":[{"kind":"fixed","label":"Repeat orders","monthly":"900","fromMonth":3}]}'`,
  ].join("\n"),
  handle: async ({ ctx, body, now }) => {
    const { name, currency, startMonth, horizonMonths, category, description, ownerName } = body;
    const header = { name, currency, startMonth, horizonMonths };
    const plan = planOf(body);
    requireEngineValidPlan(header, plan);
    const { id } = await createInvestment(ctx, { ...header, category, description, ownerName, plan });
    const created = await investmentResource(ctx, id, now);
    return { status: 201, body: created.body, headers: { ...created.headers, Location: investmentLocation(ctx.workspace.slug, id) } };
  },
});

// ---- Replace the plan ----------------------------------------------------------------------

/** What the document may say besides the plan: it must be what the investment already has. */
const KEPT_FIELDS = ["name", "currency", "startMonth", "horizonMonths", "category", "description", "ownerName"] as const;
export const keptFieldMessage = (value: string | number) =>
  `must be ${JSON.stringify(value)} as the investment has it; this operation changes the plan only`;

const planDocumentInput = z
  .strictObject({
    name: z.string().optional(),
    currency: z.string().optional(),
    startMonth: z.string().optional(),
    horizonMonths: z.number().optional(),
    category: z.string().optional(),
    description: z.string().optional(),
    ownerName: z.string().optional(),
    ...planFields,
  })
  .meta({
    id: "PlanDocument",
    description:
      "The plan part of format v1 (costs, benefits, scenarios, template, inputs), or a whole document as GET returns it: " +
      "its name, currency, startMonth, horizonMonths, category, description and ownerName must then be the investment's own, and kpis and actuals empty",
  });

const planUpdate = z
  .strictObject({
    document: planDocumentInput,
    reason: z
      .string()
      .trim()
      .max(500, "Reason must be at most 500 characters")
      .default("")
      .meta({ description: "Why the plan changes; required (at least 3 characters) once the plan is approved, and kept with the new version" }),
  })
  .meta({ id: "PlanUpdate" });

/** A stale revision found under the row lock (a change slipped in after If-Match was checked) is a 412 too. */
async function withStaleAsPreconditionFailed<T>(ctx: WorkspaceContext, investmentId: string, checkedRevision: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof AppError && error.code === "CONFLICT" && error.message === STALE_MESSAGE)) throw error;
    const { revision } = await getInvestment(ctx.workspace.id, investmentId);
    assertIfMatch(etagOf(checkedRevision), revision);
    throw error;
  }
}

const ifMatchResponses = {
  200: { description: "The investment after the change", schema: investmentBody, headers: etagHeader },
  409: { description: "The change is not allowed from the investment's status", schema: problemDocument },
  412: { description: "If-Match names another revision than the current one: read the investment again", schema: problemDocument },
  428: { description: "If-Match is missing", schema: problemDocument },
};

export const replacePlan = defineOperation({
  operationId: "replacePlan",
  method: "put",
  path: "/workspaces/{slug}/investments/{id}/plan",
  tag: TAG,
  summary: "Replace the working plan",
  description:
    "Send If-Match with the ETag you read. The engine checks the plan (problems under document.costs.1.month and so on). " +
    "Once the plan is approved, every change needs a reason and becomes a new plan version (event plan.versioned); " +
    `a draft's plan is simply saved. ${EDITOR_NOTE}`,
  access: "write",
  minRole: "editor",
  params: investmentParams,
  body: planUpdate,
  ifMatch: "required",
  responses: ifMatchResponses,
  curl: [
    `curl -X PUT ${curlBase}/cm9x2k1ab0001qz8h3d4e5f6g/plan \\`,
    '  -H "Authorization: Bearer $REALISED_TOKEN" -H "Content-Type: application/json" -H \'If-Match: "3"\' \\',
    `  -d '{"reason":"Agency raised its fee","document":{"costs":[{"kind":"oneTime","label":"Build","amount":"12000","month":1}],` +
      `"benefits":[{"kind":"fixed","label":"Repeat orders","monthly":"1100","fromMonth":3}]}}'`,
  ].join("\n"),
  handle: async ({ ctx, params, body, ifMatch, now }) => {
    const current = await getInvestment(ctx.workspace.id, params.id);
    assertIfMatch(ifMatch, current.revision);
    const header = { name: current.name, currency: current.currency, startMonth: dateToPeriod(current.startMonth), horizonMonths: current.horizonMonths };
    const kept: Record<(typeof KEPT_FIELDS)[number], string | number> = {
      ...header,
      category: current.category,
      description: current.description,
      ownerName: current.ownerName,
    };
    const mismatches: FieldProblem[] = KEPT_FIELDS.filter((field) => body.document[field] !== undefined && body.document[field] !== kept[field]).map(
      (field) => ({ path: `document.${field}`, message: keptFieldMessage(kept[field]) }),
    );
    if (mismatches.length > 0) throw new ApiProblem("invalid-input", "Please correct the fields listed in errors", { errors: mismatches });
    const plan = planOf(body.document);
    requireEngineValidPlan(header, plan, "document");
    await withStaleAsPreconditionFailed(ctx, current.id, current.revision, () =>
      savePlan(ctx, { investmentId: current.id, revision: current.revision, plan: JSON.stringify(plan), reason: body.reason }),
    );
    return investmentResource(ctx, current.id, now);
  },
});

// ---- Change the status ---------------------------------------------------------------------

const statusChange = z
  .strictObject({
    status: z.enum(STATUSES, { error: STATUS_MESSAGE }).meta({
      description: "approved (from draft) approves the plan and freezes it as version 1 (event plan.approved); the other changes follow the status rules",
    }),
  })
  .meta({ id: "StatusChange" });

export const changeInvestmentStatus = defineOperation({
  operationId: "changeInvestmentStatus",
  method: "post",
  path: "/workspaces/{slug}/investments/{id}/status",
  tag: TAG,
  summary: "Approve the plan, or move the investment to another status",
  description:
    "Send If-Match with the ETag you read. draft → approved approves the plan (version 1; it needs at least one cost or benefit); " +
    "then approved → active or stopped, active → completed or stopped, completed or stopped → active. " +
    `Any other change is refused with 409 and the reason. ${EDITOR_NOTE}`,
  access: "write",
  minRole: "editor",
  params: investmentParams,
  body: statusChange,
  ifMatch: "required",
  responses: ifMatchResponses,
  curl: [
    `curl -X POST ${curlBase}/cm9x2k1ab0001qz8h3d4e5f6g/status \\`,
    '  -H "Authorization: Bearer $REALISED_TOKEN" -H "Content-Type: application/json" -H \'If-Match: "1"\' \\',
    `  -d '{"status":"approved"}'`,
  ].join("\n"),
  handle: async ({ ctx, params, body, ifMatch, now }) => {
    const current = await getInvestment(ctx.workspace.id, params.id);
    assertIfMatch(ifMatch, current.revision);
    const ref = { investmentId: current.id, revision: current.revision };
    await withStaleAsPreconditionFailed(ctx, current.id, current.revision, async () => {
      // Approving is its own action in the app (it freezes version 1); every other move is a status change.
      if (body.status === "approved" && current.status === "draft") await approvePlan(ctx, ref);
      else await changeStatus(ctx, { ...ref, status: body.status });
    });
    return investmentResource(ctx, current.id, now);
  },
});
