import createClient from "openapi-fetch";
import type { paths } from "./schema";

/**
 * A typed client of /api/v1 for TypeScript callers (scripts, integrations, tests): paths,
 * parameters, bodies and answers are checked against the generated lib/api/client/schema.d.ts.
 */
export function createRealisedClient(options: { baseUrl: string; token: string; fetch?: (request: Request) => Promise<Response> }) {
  return createClient<paths>({
    baseUrl: `${options.baseUrl.replace(/\/+$/, "")}/api/v1`,
    headers: { Authorization: `Bearer ${options.token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
