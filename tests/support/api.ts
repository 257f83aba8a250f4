// Integration tests call the API's request handler directly with a real Request and a
// real token (no HTTP server): the same gate, validation and problem documents as in
// production, with the request's moment pinned.
import { issueApiToken } from "@/lib/api-tokens/issue-token";
import type { ApiOperation } from "@/lib/api/operation";
import { API_OPERATIONS } from "@/lib/api/operations";
import { handleApiRequest } from "@/lib/api/route-handler";
import { getDb } from "@/lib/db/client";
import { expectMatchesContract } from "./contract";

export async function apiTokenFor(
  user: { id: string },
  workspaceId: string,
  scope: "read" | "write" = "write",
  options: { name?: string; expiresAt?: Date | null } = {},
): Promise<string> {
  const issued = await issueApiToken(getDb(), {
    workspaceId,
    createdById: user.id,
    name: options.name ?? `${scope} token`,
    scope,
    expiresAt: options.expiresAt ?? null,
  });
  return issued.secret;
}

export type ApiCallOptions = {
  token: string | null;
  params: Record<string, string>;
  query?: Record<string, string>;
  /** A value is sent as JSON; a string is sent as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  now?: Date;
};

// The parsed body is read field by field in tests (its shape is what expectMatchesContract checks).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiAnswer = { status: number; headers: Headers; json: any; text: string };

/** The operation's path with its parameters filled in, below /api/v1. */
export function pathOf(operation: ApiOperation, params: Record<string, string>): string {
  return `/api/v1${operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""))}`;
}

export async function callApi(operation: ApiOperation, options: ApiCallOptions): Promise<ApiAnswer> {
  const url = new URL(`http://localhost${pathOf(operation, options.params)}`);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers(options.headers ?? {});
  if (options.token !== null) headers.set("authorization", `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(url, { method: operation.method.toUpperCase(), headers, body });
  const response = await handleApiRequest(operation, request, options.params, options.now ?? new Date());
  const text = await response.text();
  let json: ApiAnswer["json"] = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  const answer = { status: response.status, headers: response.headers, json, text };
  // Every answer of every API test is one the OpenAPI document promises: a documented
  // status, content type and body. (Probe operations a test defines itself are not in it.)
  if (API_OPERATIONS.includes(operation)) expectMatchesContract(operation, answer);
  return answer;
}
