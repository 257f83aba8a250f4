import { describe, expect, it } from "vitest";
import { DEFAULT_INVESTMENT_SORT } from "@/lib/portfolio/stored-figures";
import { dashboardSearch, keptParams, nextSortOf, parseDashboardQuery, PERCENT_ONLY_DEFAULT_SORT } from "./dashboard-query";

describe("parseDashboardQuery", () => {
  it("reads category, sort, direction, page and currency", () => {
    expect(parseDashboardQuery({ category: "loyalty", sort: "name", dir: "desc", page: "3", currency: "USD" })).toEqual({
      category: "loyalty",
      sort: { sort: "name", direction: "desc" },
      page: 3,
      currency: "USD",
    });
  });

  it.each([
    [{}],
    [{ category: "nonsense", sort: "password", dir: "sideways", page: "0", currency: "usd" }],
    [{ page: "-2", currency: "EURO" }],
    [{ page: "1.5" }],
    [{ page: "99999999999" }],
    [{ category: ["loyalty'", "x"], sort: ["DROP"] }],
  ])("falls back to the defaults for anything unknown: %j", (params) => {
    expect(parseDashboardQuery(params)).toEqual({ category: null, sort: DEFAULT_INVESTMENT_SORT, page: 1, currency: null });
  });

  it("gives a column its first direction when none is asked for", () => {
    expect(parseDashboardQuery({ sort: "name" }).sort).toEqual({ sort: "name", direction: "asc" });
    expect(parseDashboardQuery({ sort: "invested" }).sort).toEqual({ sort: "invested", direction: "desc" });
  });

  it("a percentages-only link cannot sort by amounts", () => {
    expect(parseDashboardQuery({ sort: "invested" }, { percentOnly: true }).sort).toEqual(PERCENT_ONLY_DEFAULT_SORT);
    expect(parseDashboardQuery({ sort: "atStake", dir: "asc" }, { percentOnly: true }).sort).toEqual(PERCENT_ONLY_DEFAULT_SORT);
    expect(parseDashboardQuery({}, { percentOnly: true }).sort).toEqual(PERCENT_ONLY_DEFAULT_SORT);
    expect(parseDashboardQuery({ sort: "actualRoi", dir: "asc" }, { percentOnly: true }).sort).toEqual({ sort: "actualRoi", direction: "asc" });
  });
});

describe("dashboardSearch", () => {
  const query = parseDashboardQuery({ category: "loyalty", sort: "name", dir: "asc", page: "2", currency: "USD" });

  it("keeps the other settings and leaves defaults out", () => {
    expect(dashboardSearch(query, { page: 3 })).toBe("?category=loyalty&currency=USD&sort=name&dir=asc&page=3");
    expect(dashboardSearch(parseDashboardQuery({}), {})).toBe("");
  });

  it("goes back to page 1 when anything but the page changes", () => {
    expect(dashboardSearch(query, { sort: { sort: "invested", direction: "desc" } })).toBe("?category=loyalty&currency=USD&sort=invested&dir=desc");
    expect(dashboardSearch(query, { currency: null })).toBe("?category=loyalty&sort=name&dir=asc");
  });

  it("the category form carries currency and sort, not the page", () => {
    expect(keptParams(query)).toEqual({ currency: "USD", sort: "name", dir: "asc" });
  });
});

describe("nextSortOf", () => {
  it("flips the current column, starts another in its first direction", () => {
    expect(nextSortOf({ sort: "name", direction: "asc" }, "name")).toEqual({ sort: "name", direction: "desc" });
    expect(nextSortOf({ sort: "name", direction: "asc" }, "actualRoi")).toEqual({ sort: "actualRoi", direction: "desc" });
  });
});
