import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import {
  WORKSPACE_PAGES,
  currentWorkspacePage,
  investmentHref,
  workspaceHref,
  workspacePagesFor,
} from "./workspace-pages";

const ids = (pages: { id: string }[]) => pages.map((page) => page.id);

describe("workspace pages", () => {
  it("shows each role only the pages it may open", () => {
    expect(ids(workspacePagesFor("viewer"))).toEqual([
      "overview",
      "month",
      "investments",
      "accuracy",
      "members",
      "transfer",
      "reports",
      "rates",
      "notifications",
    ]);
    expect(ids(workspacePagesFor("editor"))).toEqual(expect.arrayContaining(["newInvestment", "share", "apiTokens"]));
    expect(ids(workspacePagesFor("editor"))).not.toEqual(expect.arrayContaining(["webhooks"]));
    expect(ids(workspacePagesFor("editor"))).not.toContain("settings");
    expect(ids(workspacePagesFor("owner"))).toEqual(ids([...WORKSPACE_PAGES]));
  });

  it("leaves the new-investment form out of the nav", () => {
    expect(ids(workspacePagesFor("owner", { navOnly: true }))).not.toContain("newInvestment");
    expect(workspacePagesFor("owner", { navOnly: true })).toHaveLength(WORKSPACE_PAGES.length - 1);
  });

  it("has a unique id and path per page", () => {
    expect(new Set(WORKSPACE_PAGES.map((page) => page.id)).size).toBe(WORKSPACE_PAGES.length);
    expect(new Set(WORKSPACE_PAGES.map((page) => page.path)).size).toBe(WORKSPACE_PAGES.length);
  });

  it("names only pages that exist, with a label in both languages", () => {
    const lookup = (messages: object, key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    for (const page of WORKSPACE_PAGES) {
      expect(existsSync(path.join("app", "(app)", "w", "[slug]", page.path, "page.tsx")), page.id).toBe(true);
      expect(typeof lookup(en, page.labelKey), `en ${page.labelKey}`).toBe("string");
      expect(typeof lookup(nl, page.labelKey), `nl ${page.labelKey}`).toBe("string");
    }
  });

  it("builds links", () => {
    expect(workspaceHref("acme-k3f9x")).toBe("/w/acme-k3f9x");
    expect(workspaceHref("acme-k3f9x", "/members")).toBe("/w/acme-k3f9x/members");
    expect(investmentHref("acme-k3f9x", "cm123")).toBe("/w/acme-k3f9x/investments/cm123");
  });
});

describe("currentWorkspacePage", () => {
  const pages = workspacePagesFor("owner", { navOnly: true });
  const at = (pathname: string) => currentWorkspacePage(pathname, "acme", pages);

  it("marks the page itself as the current page", () => {
    expect(at("/w/acme")).toEqual({ id: "overview", ariaCurrent: "page" });
    expect(at("/w/acme/")).toEqual({ id: "overview", ariaCurrent: "page" });
    expect(at("/w/acme/members")).toEqual({ id: "members", ariaCurrent: "page" });
    expect(at("/w/acme/api-tokens")).toEqual({ id: "apiTokens", ariaCurrent: "page" });
  });

  it("treats a month's page as the month page, and an investment as inside Investments", () => {
    expect(at("/w/acme/month/2026-03")).toEqual({ id: "month", ariaCurrent: "page" });
    expect(at("/w/acme/investments/cm123/actuals")).toEqual({ id: "investments", ariaCurrent: "true" });
    expect(at("/w/acme/investments/new")).toEqual({ id: "investments", ariaCurrent: "true" });
  });

  it("prefers the deepest page when paths nest", () => {
    const all = workspacePagesFor("owner");
    expect(currentWorkspacePage("/w/acme/investments/new", "acme", all)).toEqual({
      id: "newInvestment",
      ariaCurrent: "page",
    });
  });

  it("marks nothing outside the workspace or on a page that only shares a prefix", () => {
    expect(at("/w/acme-other/members")).toBeNull();
    expect(at("/workspaces")).toBeNull();
    expect(at("/w/acme/membersx")).toBeNull();
  });
});
