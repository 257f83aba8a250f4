import { describe, expect, it } from "vitest";
import { MatchTier, foldForSearch, matchTier, rankMatches } from "./match";

const items = (...labels: string[]) => labels.map((label) => ({ label }));
const labels = (list: { label: string }[]) => list.map((item) => item.label);

describe("foldForSearch", () => {
  it("drops accents and case and squeezes spaces", () => {
    expect(foldForSearch("  Café  NOËL ")).toBe("cafe noel");
    expect(foldForSearch("Ærø Crème brûlée")).toBe("ærø creme brulee");
  });
});

describe("matchTier", () => {
  it("ranks a name that starts with the query above a later word, above the middle of a word", () => {
    expect(matchTier("ai", { label: "AI-marketingtool" })).toBe(MatchTier.NamePrefix);
    expect(matchTier("marketing", { label: "AI-marketingtool" })).toBe(MatchTier.WordPrefix);
    expect(matchTier("tool", { label: "AI-marketingtool" })).toBe(MatchTier.Substring);
  });

  it("finds the words of a query in any order, in the name before the context", () => {
    expect(matchTier("vries bakkerij", { label: "Bakkerij De Vries" })).toBe(MatchTier.AllWords);
    expect(matchTier("kassa vries", { label: "Nieuwe kassa", context: "Bakkerij De Vries" })).toBe(
      MatchTier.WithContext,
    );
    expect(matchTier("kassa jansen", { label: "Nieuwe kassa", context: "Bakkerij De Vries" })).toBeNull();
  });

  it("matches on the context only as a last resort", () => {
    expect(matchTier("vries", { label: "Nieuwe kassa", context: "Bakkerij De Vries" })).toBe(MatchTier.WithContext);
    expect(matchTier("jansen", { label: "Nieuwe kassa", context: "Bakkerij De Vries" })).toBeNull();
  });
});

describe("rankMatches", () => {
  it("ignores case and accents in both the query and the names", () => {
    expect(labels(rankMatches(items("Café Noord", "Cafe Zuid", "Bakkerij"), "CAFÉ"))).toEqual([
      "Café Noord",
      "Cafe Zuid",
    ]);
    expect(labels(rankMatches(items("Crème brûlée-oven"), "creme brulee"))).toEqual(["Crème brûlée-oven"]);
  });

  it("puts prefix matches first, then word starts, then the rest; equal matches keep their order", () => {
    const list = items("Nieuwe kassa", "Kassasysteem winkel", "Online kassa", "Kassa-app", "Zelfscankassa");
    expect(labels(rankMatches(list, "kassa"))).toEqual([
      "Kassasysteem winkel",
      "Kassa-app",
      "Nieuwe kassa",
      "Online kassa",
      "Zelfscankassa",
    ]);
  });

  it("returns everything for an empty or blank query, and honours the limit", () => {
    const list = items("B", "A", "C");
    expect(labels(rankMatches(list, ""))).toEqual(["B", "A", "C"]);
    expect(labels(rankMatches(list, "   "))).toEqual(["B", "A", "C"]);
    expect(labels(rankMatches(list, "", 2))).toEqual(["B", "A"]);
    expect(labels(rankMatches(items("Kassa 1", "Kassa 2", "Kassa 3"), "kas", 2))).toEqual(["Kassa 1", "Kassa 2"]);
  });

  it("returns nothing when nothing matches", () => {
    expect(rankMatches(items("Bakkerij", "Fietsen"), "zeppelin")).toEqual([]);
  });
});
