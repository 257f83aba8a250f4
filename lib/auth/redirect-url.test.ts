import { describe, expect, it } from "vitest";
import { safeRedirectUrl } from "./redirect-url";

const BASE = "http://127.0.0.1:3000";

describe("safeRedirectUrl", () => {
  it.each([
    ["/sign-in", `${BASE}/sign-in`],
    [`${BASE}/w/demo?x=1`, `${BASE}/w/demo?x=1`],
    [BASE, `${BASE}/`],
  ])("keeps the same-site target %j", (url, expected) => {
    expect(safeRedirectUrl(url, BASE)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "\\\\evil.example",
    "/\\evil.example",
    "https://evil.example/",
    `${BASE}.evil.example/`,
    "/\r\nSet-Cookie: x=1",
    "/sign-in\nx",
    "/\u3002evil.example",
    "/caf\u00e9",
    "",
  ])("sends %j to the start page", (url) => {
    expect(safeRedirectUrl(url, BASE)).toBe(`${BASE}/`);
  });
});
