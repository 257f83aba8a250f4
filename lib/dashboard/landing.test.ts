import { describe, expect, it } from "vitest";
import { landingPathFor, type LandingMembership } from "./landing";

const today = new Date("2026-11-15T12:00:00Z");
const land = (memberships: LandingMembership[]) => landingPathFor({ memberships, today });

describe("landingPathFor", () => {
  it.each<[string, LandingMembership[], string]>([
    ["no workspace yet", [], "/workspaces"],
    ["viewer of one workspace", [{ slug: "webshop-noord", role: "viewer" }], "/w/webshop-noord/month/2026-11"],
    ["owner of a single workspace", [{ slug: "webshop-noord", role: "owner" }], "/w/webshop-noord/month/2026-11"],
    ["editor of a single workspace", [{ slug: "bakkerij", role: "editor" }], "/w/bakkerij/month/2026-11"],
    [
      "owner of one, viewer of another",
      [
        { slug: "partner", role: "viewer" },
        { slug: "own-shop", role: "owner" },
      ],
      "/w/own-shop/month/2026-11",
    ],
    [
      "the demo consultant: owner of two, viewer of a third",
      [
        { slug: "bakkerij-de-vries", role: "owner" },
        { slug: "fietsenwinkel-jansen", role: "owner" },
        { slug: "webshop-noord", role: "viewer" },
      ],
      "/workspaces",
    ],
    [
      "viewer of several workspaces",
      [
        { slug: "a", role: "viewer" },
        { slug: "b", role: "viewer" },
      ],
      "/workspaces",
    ],
    [
      "editor of two",
      [
        { slug: "a", role: "editor" },
        { slug: "b", role: "owner" },
      ],
      "/workspaces",
    ],
  ])("%s", (_name, memberships, expected) => {
    expect(land(memberships)).toBe(expected);
  });

  it("uses the current month in UTC and escapes the slug", () => {
    expect(landingPathFor({ memberships: [{ slug: "a b", role: "owner" }], today: new Date("2027-01-01T00:30:00Z") })).toBe("/w/a%20b/month/2027-01");
  });

  it("defaults to now", () => {
    expect(landingPathFor({ memberships: [{ slug: "x", role: "viewer" }] })).toMatch(/^\/w\/x\/month\/\d{4}-\d{2}$/);
  });
});
