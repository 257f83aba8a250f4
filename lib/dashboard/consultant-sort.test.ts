import { describe, expect, it } from "vitest";
import { DEFAULT_OVERVIEW_SORT, nextSortOf, parseOverviewSort, sortOverviewRows, type SortableOverviewRow } from "./consultant-sort";

const row = (name: string, fields: Partial<SortableOverviewRow> = {}): SortableOverviewRow => ({
  name,
  role: "owner",
  actualRoiPct: null,
  forecastRoiPct: null,
  net: 0,
  openLeaks: 0,
  atStakeMonthly: 0,
  missingMonths: 0,
  lastUpdate: null,
  ...fields,
});

describe("parseOverviewSort", () => {
  it.each([
    [{}, DEFAULT_OVERVIEW_SORT],
    [{ sort: "net" }, { sort: "net", direction: "desc" }],
    [{ sort: "name" }, { sort: "name", direction: "asc" }],
    [{ sort: "net", dir: "asc" }, { sort: "net", direction: "asc" }],
    [{ sort: "net", dir: "sideways" }, { sort: "net", direction: "desc" }],
    [{ sort: ["role", "net"], dir: ["desc"] }, { sort: "role", direction: "desc" }],
    [{ sort: "passwordHash", dir: "asc" }, DEFAULT_OVERVIEW_SORT],
    [{ sort: "__proto__" }, DEFAULT_OVERVIEW_SORT],
  ])("%j → %j", (params, expected) => {
    expect(parseOverviewSort(params)).toEqual(expected);
  });
});

describe("sortOverviewRows", () => {
  const rows = [
    row("Zeeland BV", { actualRoiPct: 10, lastUpdate: new Date("2026-01-01") }),
    row("appel BV", { actualRoiPct: null }),
    row("Bakker", { actualRoiPct: -5, role: "viewer", lastUpdate: new Date("2026-03-01") }),
    row("Atelier", { actualRoiPct: 10, role: "editor" }),
  ];
  const names = (sorted: SortableOverviewRow[]) => sorted.map((r) => r.name);

  it("puts missing values last in both directions and breaks ties by name", () => {
    expect(names(sortOverviewRows(rows, { sort: "actualRoi", direction: "desc" }))).toEqual(["Atelier", "Zeeland BV", "Bakker", "appel BV"]);
    expect(names(sortOverviewRows(rows, { sort: "actualRoi", direction: "asc" }))).toEqual(["Bakker", "Atelier", "Zeeland BV", "appel BV"]);
    expect(names(sortOverviewRows(rows, { sort: "lastUpdate", direction: "asc" }))).toEqual(["Zeeland BV", "Bakker", "appel BV", "Atelier"]);
  });

  it("sorts names case-insensitively and roles by rank", () => {
    expect(names(sortOverviewRows(rows, { sort: "name", direction: "asc" }))).toEqual(["appel BV", "Atelier", "Bakker", "Zeeland BV"]);
    expect(names(sortOverviewRows(rows, { sort: "role", direction: "asc" }))).toEqual(["appel BV", "Zeeland BV", "Atelier", "Bakker"]);
  });

  it("does not change the input", () => {
    sortOverviewRows(rows, { sort: "name", direction: "desc" });
    expect(names(rows)).toEqual(["Zeeland BV", "appel BV", "Bakker", "Atelier"]);
  });
});

describe("nextSortOf", () => {
  it("flips the sorted column and starts others in their natural direction", () => {
    expect(nextSortOf("atStake", { sort: "atStake", direction: "desc" })).toEqual({ sort: "atStake", direction: "asc" });
    expect(nextSortOf("atStake", { sort: "atStake", direction: "asc" })).toEqual({ sort: "atStake", direction: "desc" });
    expect(nextSortOf("name", { sort: "atStake", direction: "desc" })).toEqual({ sort: "name", direction: "asc" });
    expect(nextSortOf("net", { sort: "name", direction: "asc" })).toEqual({ sort: "net", direction: "desc" });
  });
});
