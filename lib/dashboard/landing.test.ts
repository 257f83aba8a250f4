import { describe, expect, it } from "vitest";
import { landingWorkspaceFor, monthViewPath, type LandingMembership } from "./landing";

describe("landingWorkspaceFor", () => {
  it.each<[string, LandingMembership[], string | null]>([
    ["no workspace yet", [], null],
    ["viewer of one workspace", [{ slug: "webshop-noord", role: "viewer" }], "webshop-noord"],
    ["owner of a single workspace", [{ slug: "webshop-noord", role: "owner" }], "webshop-noord"],
    ["editor of a single workspace", [{ slug: "bakkerij", role: "editor" }], "bakkerij"],
    [
      "owner of one, viewer of another",
      [
        { slug: "partner", role: "viewer" },
        { slug: "own-shop", role: "owner" },
      ],
      "own-shop",
    ],
    [
      "the demo consultant: owner of two, viewer of a third",
      [
        { slug: "bakkerij-de-vries", role: "owner" },
        { slug: "fietsenwinkel-jansen", role: "owner" },
        { slug: "webshop-noord", role: "viewer" },
      ],
      null,
    ],
    [
      "viewer of several workspaces",
      [
        { slug: "a", role: "viewer" },
        { slug: "b", role: "viewer" },
      ],
      null,
    ],
    [
      "editor of two",
      [
        { slug: "a", role: "editor" },
        { slug: "b", role: "owner" },
      ],
      null,
    ],
  ])("%s", (_name, memberships, expected) => {
    expect(landingWorkspaceFor(memberships)).toBe(expected);
  });
});

describe("monthViewPath", () => {
  it("names the month and escapes the slug", () => {
    expect(monthViewPath("webshop-noord", "2026-10")).toBe("/w/webshop-noord/month/2026-10");
    expect(monthViewPath("a b", "2027-01")).toBe("/w/a%20b/month/2027-01");
  });
});
