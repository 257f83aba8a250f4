import { describe, expect, it } from "vitest";
import { deleteWorkspaceInput, slugify, workspaceInput, workspaceSettingsInput, workspaceSlug } from "./schemas";

describe("slugify", () => {
  it.each([
    ["Bakkerij De Vries B.V.", "bakkerij-de-vries-b-v"],
    ["Café Zoë & Co", "cafe-zoe-co"],
    ["  --Hello   World--  ", "hello-world"],
    ["ACME 2026", "acme-2026"],
    ["!!!", ""],
  ])("%j → %j", (name, expected) => {
    expect(slugify(name)).toBe(expected);
  });

  it("produces slugs that pass the slug rules, even when cut at 48 characters", () => {
    const names = [
      "a".repeat(47) + " b", // the cut lands right after a hyphen
      "Stichting Voor Het Behoud Van Oude Molens In Noord-Holland",
      "x".repeat(200),
    ];
    for (const name of names) {
      const slug = slugify(name);
      expect(slug.length).toBeLessThanOrEqual(48);
      expect(workspaceSlug.safeParse(slug).success, slug).toBe(true);
    }
  });
});

describe("workspaceSlug", () => {
  it.each(["abc", "bakkerij-de-vries", "a1-b2-c3", "x".repeat(48)])("accepts %j", (slug) => {
    expect(workspaceSlug.parse(slug)).toBe(slug);
  });

  it("trims and lower-cases before checking", () => {
    expect(workspaceSlug.parse("  Bakkerij-Test ")).toBe("bakkerij-test");
  });

  it.each([
    ["ab", "Slug must be at least 3 characters"],
    ["x".repeat(49), "Slug must be at most 48 characters"],
    ["bad slug", "Slug may contain lowercase letters, digits and single hyphens"],
    ["double--hyphen", "Slug may contain lowercase letters, digits and single hyphens"],
    ["-leading", "Slug may contain lowercase letters, digits and single hyphens"],
    ["trailing-", "Slug may contain lowercase letters, digits and single hyphens"],
    ["émile", "Slug may contain lowercase letters, digits and single hyphens"],
    ["new", "This slug is reserved"],
    ["api", "This slug is reserved"],
    ["Settings", "This slug is reserved"],
    ["workspaces", "This slug is reserved"],
  ])("rejects %j with %j", (slug, message) => {
    const result = workspaceSlug.safeParse(slug);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe("workspaceInput", () => {
  it("defaults to EUR and Dutch", () => {
    expect(workspaceInput.parse({ name: " Bakkerij ", slug: "bakkerij" })).toEqual({
      name: "Bakkerij",
      slug: "bakkerij",
      currency: "EUR",
      locale: "nl-NL",
    });
  });

  it("names every wrong field", () => {
    const result = workspaceInput.safeParse({ name: "", slug: "x", currency: "BTC", locale: "de" });
    expect(result.success).toBe(false);
    expect(new Set(result.error?.issues.map((i) => i.path.join(".")))).toEqual(
      new Set(["name", "slug", "currency", "locale"]),
    );
  });

  it("settings require every field and ignore the slug", () => {
    expect(workspaceSettingsInput.safeParse({ name: "X" }).success).toBe(false);
    expect(workspaceSettingsInput.parse({ name: "X", currency: "USD", locale: "en", slug: "other" })).toEqual({
      name: "X",
      currency: "USD",
      locale: "en",
    });
    expect(deleteWorkspaceInput.parse({ confirmSlug: " abc " })).toEqual({ confirmSlug: "abc" });
  });
});
