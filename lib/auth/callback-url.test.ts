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
  ])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/workspaces");
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
