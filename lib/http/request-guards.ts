import { REQUEST_BODY_LIMIT_BYTES } from "./body-limit";

/**
 * Requests the app refuses before any page, action or database sees them, each with a
 * clear 4xx instead of the 500 Next.js or Postgres would otherwise produce.
 */
export type Rejection = { status: 400 | 403 | 413; message: string };

export type IncomingRequest = { method: string; pathname: string; search: string; headers: Headers };

export function rejectRequest(request: IncomingRequest): Rejection | null {
  if (isMalformedUrl(request.pathname, request.search)) return { status: 400, message: "Bad request: malformed URL" };
  if (isCrossOriginPost(request)) return { status: 403, message: "Forbidden: cross-origin request" };
  if (exceedsBodyLimit(request.headers)) return { status: 413, message: "Payload too large" };
  return null;
}

// %00 anywhere (Postgres text cannot hold NUL); other control characters in the path.
const NUL = /%00/;
const CONTROL_IN_PATH = /%(?:[01][0-9a-f]|7f)/i;

/** Takes the raw (still percent-encoded) pathname and query string. */
export function isMalformedUrl(pathname: string, search: string): boolean {
  if (NUL.test(pathname) || NUL.test(search) || CONTROL_IN_PATH.test(pathname)) return true;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Server actions are POSTs to a page. Next.js refuses one whose Origin is not this host
 * (CSRF), but answers 500; this makes the same decision first and answers 403. Route
 * handlers under /api are left alone: OAuth providers may post back from their origin,
 * and next-auth checks its own CSRF token.
 */
export function isCrossOriginPost(request: Pick<IncomingRequest, "method" | "pathname" | "headers">): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || /^\/api(\/|$)/.test(request.pathname)) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false; // as Next.js: only browsers send Origin, and they always do on POST
  const host = forwardedHost(request.headers) ?? request.headers.get("host");
  return !host || originHost(origin) !== host;
}

/** The same host Next.js compares the Origin with: X-Forwarded-Host's first entry, else Host. */
function forwardedHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Bodies above the limit are refused up front (streamed bodies without a length are left to Next.js). */
export function exceedsBodyLimit(headers: Headers, limitBytes = REQUEST_BODY_LIMIT_BYTES): boolean {
  const length = Number(headers.get("content-length") ?? "0");
  return Number.isFinite(length) && length > limitBytes;
}
