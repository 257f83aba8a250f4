import { describe, expect, it } from "vitest";
import { REQUEST_BODY_LIMIT_BYTES } from "./body-limit";
import { exceedsBodyLimit, isCrossOriginPost, isMalformedUrl, rejectRequest } from "./request-guards";

const request = (over: { method?: string; pathname?: string; search?: string; headers?: Record<string, string> } = {}) => ({
  method: over.method ?? "GET",
  pathname: over.pathname ?? "/w/bakkerij",
  search: over.search ?? "",
  headers: new Headers(over.headers ?? { host: "app.example" }),
});

describe("isMalformedUrl", () => {
  it.each(["/w/%00", "/w/a%00b/investments", "/share/%00", "/reset/%00", "/invite/%00", "/w/a%0d%0ab", "/w/a%0Ab", "/w/a%09", "/w/a%7F", "/w/%E0%A4%A", "/w/%FF", "/w/%"])(
    "refuses the path %s",
    (path) => {
      expect(isMalformedUrl(path, "")).toBe(true);
    },
  );

  it("refuses NUL in the query string", () => {
    expect(isMalformedUrl("/w/a", "?category=%00")).toBe(true);
  });

  it.each(["/", "/w/bakkerij-de-vries/investments/cm1abc", "/w/a%20b", "/share/AbC_-123", "/w/a%2Fb", "/w/caf%C3%A9"])("accepts %s", (path) => {
    expect(isMalformedUrl(path, "?callbackUrl=%2Fw%2Fa&x=%0A")).toBe(false);
  });
});

describe("isCrossOriginPost", () => {
  const post = (headers: Record<string, string>, pathname = "/w/bakkerij/settings") =>
    isCrossOriginPost(request({ method: "POST", pathname, headers }));

  it("refuses a server action posted from another origin", () => {
    expect(post({ host: "app.example", origin: "https://evil.example", "next-action": "abc" })).toBe(true);
  });

  it("refuses an opaque (null) or unparsable Origin, as Next.js does", () => {
    expect(post({ host: "app.example", origin: "null" })).toBe(true);
    expect(post({ host: "app.example", origin: "not a url" })).toBe(true);
  });

  it("accepts the same host, on any scheme and with the port it was reached on", () => {
    expect(post({ host: "app.example", origin: "https://app.example" })).toBe(false);
    expect(post({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" })).toBe(false);
    expect(post({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3101" })).toBe(true);
  });

  it("compares with X-Forwarded-Host's first entry when a reverse proxy sets it", () => {
    expect(post({ host: "internal:3000", "x-forwarded-host": "app.example, internal", origin: "https://app.example" })).toBe(false);
    expect(post({ host: "app.example", "x-forwarded-host": "internal:3000", origin: "https://app.example" })).toBe(true);
  });

  it("leaves requests without Origin, safe methods and /api route handlers alone", () => {
    expect(post({ host: "app.example" })).toBe(false);
    expect(isCrossOriginPost(request({ method: "GET", headers: { host: "app.example", origin: "https://evil.example" } }))).toBe(false);
    expect(post({ host: "app.example", origin: "https://login.microsoftonline.com" }, "/api/auth/callback/azure-ad")).toBe(false);
  });
});

describe("exceedsBodyLimit", () => {
  it("refuses a declared length above the limit and accepts the limit itself", () => {
    expect(exceedsBodyLimit(new Headers({ "content-length": String(REQUEST_BODY_LIMIT_BYTES + 1) }))).toBe(true);
    expect(exceedsBodyLimit(new Headers({ "content-length": String(REQUEST_BODY_LIMIT_BYTES) }))).toBe(false);
    expect(exceedsBodyLimit(new Headers({ "content-length": String(22 * 1024 * 1024) }))).toBe(true);
    expect(exceedsBodyLimit(new Headers())).toBe(false);
  });
});

describe("rejectRequest", () => {
  it("answers 400, 403 or 413, and nothing for an ordinary request", () => {
    expect(rejectRequest(request({ pathname: "/w/%00" }))?.status).toBe(400);
    expect(rejectRequest(request({ method: "POST", headers: { host: "app.example", origin: "https://evil.example" } }))?.status).toBe(403);
    expect(rejectRequest(request({ method: "POST", headers: { host: "app.example", "content-length": String(22 * 1024 * 1024) } }))?.status).toBe(413);
    expect(rejectRequest(request())).toBeNull();
  });
});
