import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/workspaces", "/w/bakkerij/members", "/invite/abc123?x=1", "/w/a#audit"])(
    "follows the same-site path %j",
    (path) => {
      expect(safeCallbackUrl(path)).toBe(path);
    },
  );

  it.each([
    "//evil.com",
    "//evil.com/w/a",
    "https://evil.com",
    "http://evil.com/workspaces",
    "javascript:alert(1)",
    "/\\evil.com",
    "/\\/evil.com",
    "\\\\evil.com",
    // Browsers strip tabs and newlines from URLs, turning these into //evil.com.
    "/\t/evil.com",
    "/\n/evil.com",
    "/\r\n/evil.com",
    "/\t\\evil.com",
    "evil.com",
    " /\\evil.com",
    // Dot segments that normalise into a protocol-relative path.
    "/..//evil.com",
    "/./\\evil.com",
    // Control characters anywhere, not only at the start.
    "/w/a\r\nSet-Cookie: x=1",
    "/w/a\tb",
    "/w/a\u0000",
    "/w/a b",
    // Encoded slashes, backslashes and line breaks that decode to something refused.
    "/%2F/evil.com",
    "/%2f%2fevil.com",
    "/%5Cevil.com",
    "/%5c%5cevil.com",
    "/%252F/evil.com",
    "/%25252F/evil.com",
    "/%2E%2E//evil.com",
    "/w/a%0d%0aLocation:%20https://evil.com",
    "/w/a%0D%0A",
    "/w/a%09",
    "/w/a%00",
    // Broken or endlessly nested encoding.
    "/w/%E0%A4%A",
    "/w/%",
    "/%2525252525252F/evil.com",
    // Non-ASCII, raw or encoded: an ideographic full stop and a full-width solidus.
    "/\u3002evil.example",
    "/%E3%80%82evil.example",
    "/\uFF0Fevil.example",
    "/\uFF0F\uFF0Fevil.example",
    "/w/caf\u00e9",
    // Backslashes anywhere.
    "/w/a\\b",
  ])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/workspaces");
  });

  it("keeps encoded characters that stay harmless once decoded", () => {
    expect(safeCallbackUrl("/w/a/investments?category=loyalty%2Cai")).toBe("/w/a/investments?category=loyalty%2Cai");
    expect(safeCallbackUrl("/w/a?note=100%25")).toBe("/w/a?note=100%25");
  });

  it("never throws, whatever it is given", () => {
    for (const value of ["%", "/%", "/%ZZ", "/\uD800", "\u0000", "/".repeat(5000), 42 as unknown as string, {} as unknown as string]) {
      expect(() => safeCallbackUrl(value)).not.toThrow();
      expect(safeCallbackUrl(value)).toBe("/workspaces");
    }
  });

  it("uses the fallback for missing values, and a custom fallback when given", () => {
    expect(safeCallbackUrl(undefined)).toBe("/workspaces");
    expect(safeCallbackUrl(null)).toBe("/workspaces");
    expect(safeCallbackUrl("")).toBe("/workspaces");
    expect(safeCallbackUrl("//evil.com", "/sign-in")).toBe("/sign-in");
  });

  it("never returns something a browser would resolve to another origin", () => {
    const base = "https://app.realised.test";
    for (const value of [
      "/ok",
      "//evil.com",
      "/\\evil.com",
      "/\t/evil.com",
      "/%2F/evil.com",
      "/..//evil.com",
      "/./\\evil.com",
    ]) {
      expect(new URL(safeCallbackUrl(value), base).origin).toBe(base);
    }
  });
});
