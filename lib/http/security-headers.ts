/**
 * The security headers of every response the proxy sees. Pure: the proxy passes in the
 * nonce, the path and the environment, so each rule is unit-tested here.
 */

export type Environment = "development" | "production" | "test";

/** 128 random bits, base64: unguessable and fresh for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this request's nonce (Next.js puts it on its own scripts) and
 * whatever those scripts load ('strict-dynamic'). Styles allow inline attributes:
 * Tremor and recharts position charts with style="…", which a nonce cannot cover.
 * Development adds 'unsafe-eval', which React uses there to rebuild server stacks.
 */
export function contentSecurityPolicy(nonce: string, environment: Environment): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(environment === "development" ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "blob:", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

// Share, reset and invitation links carry their secret in the path: never send it on.
const TOKEN_IN_PATH = /^\/(share|reset|invite)(\/|$)/;

export function referrerPolicy(pathname: string): "no-referrer" | "same-origin" {
  return TOKEN_IN_PATH.test(pathname) ? "no-referrer" : "same-origin";
}

const TWO_YEARS_IN_SECONDS = 2 * 365 * 24 * 60 * 60;

export function securityHeaders(input: { nonce: string; pathname: string; environment: Environment }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(input.nonce, input.environment),
    "Referrer-Policy": referrerPolicy(input.pathname),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    ...(input.environment === "production" ? { "Strict-Transport-Security": `max-age=${TWO_YEARS_IN_SECONDS}; includeSubDomains` } : {}),
  };
}

export function currentEnvironment(nodeEnv: string | undefined): Environment {
  return nodeEnv === "production" || nodeEnv === "development" ? nodeEnv : "test";
}
