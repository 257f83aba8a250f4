import { describe, expect, it } from "vitest";
import {
  MAX_RECENT_WORKSPACES,
  parseRecentSlugs,
  recentWorkspaces,
  recentWorkspacesStorageKey,
  withVisit,
} from "./recent-workspaces";

describe("recent workspaces", () => {
  it("moves a visited workspace to the front and keeps at most five", () => {
    expect(withVisit([], "a")).toEqual(["a"]);
    expect(withVisit(["a", "b", "c"], "c")).toEqual(["c", "a", "b"]);
    expect(withVisit(["a", "b", "c", "d", "e"], "f")).toEqual(["f", "a", "b", "c", "d"]);
    expect(MAX_RECENT_WORKSPACES).toBe(5);
  });

  it("reads what it stored, and treats anything else as an empty list", () => {
    expect(parseRecentSlugs(JSON.stringify(["b", "a"]))).toEqual(["b", "a"]);
    expect(parseRecentSlugs(null)).toEqual([]);
    expect(parseRecentSlugs("not json")).toEqual([]);
    expect(parseRecentSlugs(JSON.stringify({ slug: "a" }))).toEqual([]);
    expect(parseRecentSlugs(JSON.stringify(["a", 7, "", "a", "x".repeat(65), "b"]))).toEqual(["a", "b"]);
    expect(parseRecentSlugs(JSON.stringify(["1", "2", "3", "4", "5", "6"]))).toHaveLength(5);
  });

  it("shows only the user's own workspaces, in recent order", () => {
    const own = [
      { slug: "a", name: "Alpha" },
      { slug: "b", name: "Beta" },
      { slug: "c", name: "Gamma" },
    ];
    // "secret" is not in the user's list (left by someone else, or removed since): never shown.
    expect(recentWorkspaces(["c", "secret", "a"], own)).toEqual([own[2], own[0]]);
    expect(recentWorkspaces([], own)).toEqual([]);
  });

  it("keeps one list per user", () => {
    expect(recentWorkspacesStorageKey("user-1")).not.toBe(recentWorkspacesStorageKey("user-2"));
  });
});
