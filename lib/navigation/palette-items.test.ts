import { describe, expect, it } from "vitest";
import {
  MAX_PALETTE_RESULTS,
  paletteItems,
  paletteResults,
  type PaletteInvestment,
  type PaletteWorkspace,
} from "./palette-items";

const workspaces: PaletteWorkspace[] = [
  { slug: "bakkerij", name: "Bakkerij De Vries", role: "viewer" },
  { slug: "fietsen", name: "Fietsenwinkel Jansen", role: "owner" },
];
const investments: PaletteInvestment[] = [
  { id: "i1", name: "Nieuwe kassa", archived: false, workspaceSlug: "fietsen", workspaceName: "Fietsenwinkel Jansen" },
  {
    id: "i2",
    name: "Online bestelformulier",
    archived: false,
    workspaceSlug: "bakkerij",
    workspaceName: "Bakkerij De Vries",
  },
  { id: "i3", name: "Oude kassa", archived: true, workspaceSlug: "bakkerij", workspaceName: "Bakkerij De Vries" },
];
const pageLabel = (key: string) => `<${key}>`;

describe("paletteItems", () => {
  it("offers the pages of the current workspace that the role may open", () => {
    const items = paletteItems({ workspaces, investments, currentSlug: "bakkerij", pageLabel });
    const pages = items.filter((item) => item.kind === "page");
    expect(pages.map((item) => item.href)).toContain("/w/bakkerij/members");
    expect(pages.map((item) => item.href)).not.toContain("/w/bakkerij/settings");
    expect(pages.map((item) => item.href)).not.toContain("/w/bakkerij/investments/new");
    expect(pages[0]).toEqual({
      key: "page:overview",
      kind: "page",
      label: "<workspaceNav.overview>",
      context: "Bakkerij De Vries",
      href: "/w/bakkerij",
    });

    const asOwner = paletteItems({ workspaces, investments, currentSlug: "fietsen", pageLabel }).filter(
      (item) => item.kind === "page",
    );
    expect(asOwner.map((item) => item.href)).toEqual(
      expect.arrayContaining(["/w/fietsen/settings", "/w/fietsen/investments/new", "/w/fietsen/audit"]),
    );
  });

  it("has no pages outside a workspace, or in one the user is not in", () => {
    expect(
      paletteItems({ workspaces, investments, currentSlug: null, pageLabel }).some((item) => item.kind === "page"),
    ).toBe(false);
    expect(
      paletteItems({ workspaces, investments, currentSlug: "elsewhere", pageLabel }).some(
        (item) => item.kind === "page",
      ),
    ).toBe(false);
  });

  it("lists pages, then workspaces, then investments with the current workspace's first", () => {
    const items = paletteItems({ workspaces, investments, currentSlug: "bakkerij", pageLabel });
    const kinds = items.map((item) => item.kind);
    expect(kinds.lastIndexOf("page")).toBeLessThan(kinds.indexOf("workspace"));
    expect(kinds.lastIndexOf("workspace")).toBeLessThan(kinds.indexOf("investment"));
    expect(items.filter((item) => item.kind === "investment").map((item) => item.href)).toEqual([
      "/w/bakkerij/investments/i2",
      "/w/bakkerij/investments/i3",
      "/w/fietsen/investments/i1",
    ]);
    expect(items.find((item) => item.href.endsWith("/i3"))).toMatchObject({
      archived: true,
      context: "Bakkerij De Vries",
    });
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  });
});

describe("paletteResults", () => {
  const items = paletteItems({
    workspaces,
    investments,
    currentSlug: "fietsen",
    pageLabel: (key) => (key === "workspaceNav.members" ? "Members" : key),
  });

  it("shows pages and workspaces before anything is typed", () => {
    const results = paletteResults(items, "");
    expect(results.some((item) => item.kind === "investment")).toBe(false);
    expect(results.filter((item) => item.kind === "workspace")).toHaveLength(2);
  });

  it("finds investments of every workspace by name, prefix matches first", () => {
    expect(paletteResults(items, "kassa").map((item) => item.label)).toEqual(["Nieuwe kassa", "Oude kassa"]);
    expect(paletteResults(items, "onl").map((item) => item.href)).toEqual(["/w/bakkerij/investments/i2"]);
    expect(paletteResults(items, "MEMB").map((item) => item.href)).toEqual(["/w/fietsen/members"]);
  });

  it("returns nothing for a query nothing matches, and at most the limit", () => {
    expect(paletteResults(items, "zeppelin")).toEqual([]);
    const many = Array.from({ length: 80 }, (_, i) => ({
      key: `k${i}`,
      kind: "investment" as const,
      label: `Plan ${i}`,
      href: `/x/${i}`,
    }));
    expect(paletteResults(many, "plan")).toHaveLength(MAX_PALETTE_RESULTS);
  });
});
