import { refuseUnprocessableInput } from "@/lib/actions/define-action";
import { hasRole } from "@/lib/auth/roles";
import { consumeThrottle } from "@/lib/auth/throttle";
import { resolveTokenWorkspace, type TokenRefusal, type WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { withIdempotencyKey } from "./idempotency";
import type { ApiOperation, ApiReply } from "./operation";
import { ApiProblem, problemOf, problemResponse } from "./problem";
import { readerLocaleOf } from "./reader-locale";
import { actAsApiToken } from "./request-actor";
import { readJsonBody } from "./read-body";

/** Requests per token per minute (API_RATE_LIMIT_PER_MINUTE overrides). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;
const rateLimit = () => {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_RATE_LIMIT_PER_MINUTE;
};

const REFUSALS: Record<TokenRefusal, string> = {
  missing: "Send an API token as Authorization: Bearer <token>",
  unknown: "This API token is not valid",
  revoked: "This API token has been revoked",
  expired: "This API token has expired",
  creator_lost_access: "This API token no longer works: the member who created it is no longer an owner or editor of its workspace",
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };


function bearerOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}

async function authorise(request: Request, slug: string, operation: ApiOperation, now: Date): Promise<WorkspaceContext> {
  const gate = await resolveTokenWorkspace(bearerOf(request), slug, now);
  if (!gate.ok) {
    if (gate.status === 404) throw new ApiProblem("not-found", "Not found");
    throw new ApiProblem("unauthenticated", REFUSALS[gate.reason], { headers: { "WWW-Authenticate": 'Bearer realm="realised"' } });
  }
  const token = gate.ctx.apiToken!;
  const limit = rateLimit();
  const throttle = await consumeThrottle(getDb(), `api-token:${token.id}`, { limit, windowMinutes: 1 }, now);
  if (!throttle.allowed) {
    const seconds = throttle.retryAfterSeconds ?? throttle.retryAfterMinutes * 60;
    throw new ApiProblem("rate-limited", `This token may make ${limit} requests a minute; retry after ${seconds} s`, {
      headers: { "Retry-After": String(seconds) },
    });
  }
  if (operation.access === "write" && token.scope !== "write") {
    throw new ApiProblem("forbidden", "This token has the read scope; writing needs a token with the write scope");
  }
  if (!hasRole(gate.ctx.role, operation.minRole)) {
    throw new ApiProblem("forbidden", `This needs the ${operation.minRole} role; the token acts as ${gate.ctx.role}`);
  }
  return gate.ctx;
}

function replyResponse(reply: ApiReply): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...reply.headers };
  if (reply.raw) {
    return new Response(reply.raw.body as BodyInit, { status: reply.status ?? 200, headers: { ...headers, "Content-Type": reply.raw.contentType } });
  }
  if (reply.body === undefined) return new Response(null, { status: reply.status ?? 204, headers });
  return new Response(JSON.stringify(reply.body), {
    status: reply.status ?? 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}

/**
 * Answers one request for one operation: authenticates the bearer token through the
 * workspace gate, rate limits it, checks scope and role, validates path, query and body
 * with the operation's own schemas, honours Idempotency-Key, runs the handler as the
 * token (so its writes are audited as it) and answers every refusal as a problem document.
 * `now` is the request's moment (tests pin it).
 */
export async function handleApiRequest(
  operation: ApiOperation,
  request: Request,
  rawParams: Record<string, string | string[]>,
  now: Date,
): Promise<Response> {
  const locale = readerLocaleOf(request);
  try {
    const slug = typeof rawParams.slug === "string" ? rawParams.slug : "";
    const ctx = await authorise(request, slug, operation, now);
    // A ZodError from here on is answered by problemOf as invalid-input, naming each field.
    const params = operation.params.parse(rawParams);
    const url = new URL(request.url);
    const query = operation.query ? operation.query.parse(Object.fromEntries(url.searchParams)) : {};
    let body: unknown = undefined;
    if (operation.body) {
      const raw = await readJsonBody(request, operation.bodyLimitBytes);
      refuseUnprocessableInput(raw);
      body = operation.body.parse(raw);
    }
    const ifMatch = request.headers.get("if-match");
    if (operation.ifMatch === "required" && ifMatch === null) {
      throw new ApiProblem("precondition-required", 'Send If-Match with the ETag you read (or "*" to replace whatever is there)');
    }
    const token = ctx.apiToken!;
    const run = () => operation.handle({ ctx, params, query, body, ifMatch, request, now } as never);
    const idempotencyKey = operation.idempotencyKey ? request.headers.get("idempotency-key") : null;
    const reply = await actAsApiToken({ tokenId: token.id, tokenName: token.name }, () =>
      withIdempotencyKey(token.id, idempotencyKey, { method: operation.method, path: url.pathname, body }, now, run),
    );
    return replyResponse(reply);
  } catch (error) {
    return problemResponse(problemOf(error), locale);
  }
}

/** The Next.js route handler of an operation (the operation rides along for api:check). */
export function apiRoute<O extends ApiOperation>(operation: O) {
  const handler = async (request: Request, route: RouteContext): Promise<Response> =>
    handleApiRequest(operation as ApiOperation, request, await route.params, new Date());
  return Object.assign(handler, { operation });
}
