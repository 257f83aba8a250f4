import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, currentEnvironment, referrerPolicy, securityHeaders } from "./security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with the request's nonce and what they load", () => {
    const csp = directives(contentSecurityPolicy("abc123", "production"));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
  });

  it("refuses framing, plugins, foreign base URLs and foreign form targets", () => {
    const csp = directives(contentSecurityPolicy("n", "production"));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
  });

  it("allows inline style attributes (charts) without a style nonce, which would switch 'unsafe-inline' off", () => {
    const styles = directives(contentSecurityPolicy("n", "production")).get("style-src") ?? [];
    expect(styles).toContain("'unsafe-inline'");
    expect(styles.some((s) => s.startsWith("'nonce-"))).toBe(false);
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(directives(contentSecurityPolicy("n", "development")).get("script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", "production")).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("n", "test")).not.toContain("unsafe-eval");
  });
});

describe("referrerPolicy", () => {
  it.each(["/share/tok3n", "/share/tok3n/report", "/reset/tok3n", "/reset", "/invite/tok3n"])("sends no referrer from %s", (path) => {
    expect(referrerPolicy(path)).toBe("no-referrer");
  });

  it.each(["/", "/w/bakkerij/investments", "/sign-in", "/shared-notes", "/invitees"])("keeps the referrer on this site from %s", (path) => {
    expect(referrerPolicy(path)).toBe("same-origin");
  });
});

describe("securityHeaders", () => {
  it("sets the CSP with the nonce, nosniff, DENY and the path's referrer policy", () => {
    const headers = securityHeaders({ nonce: "n0nce", pathname: "/share/x", environment: "test" });
    expect(headers["Content-Security-Policy"]).toContain("'nonce-n0nce'");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
  });

  it("asks for HTTPS (HSTS) in production only", () => {
    expect(securityHeaders({ nonce: "n", pathname: "/", environment: "production" })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(securityHeaders({ nonce: "n", pathname: "/", environment: "development" })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce: "n", pathname: "/", environment: "test" })).not.toHaveProperty("Strict-Transport-Security");
  });
});

describe("currentEnvironment", () => {
  it("reads NODE_ENV, treating anything unknown as test", () => {
    expect(currentEnvironment("production")).toBe("production");
    expect(currentEnvironment("development")).toBe("development");
    expect(currentEnvironment(undefined)).toBe("test");
    expect(currentEnvironment("staging")).toBe("test");
  });
});
