import { describe, expect, it } from "vitest";
import { buildReportModel } from "./report-model";
import {
  defaultReportPeriod,
  parseReportLocale,
  parseReportPeriod,
  parseReportScenario,
  reportAsOf,
} from "./report-period";

const today = new Date("2026-11-15T12:00:00Z");

describe("parseReportPeriod", () => {
  it.each([
    ["2026-10", { from: "2026-10", to: "2026-10" }],
    ["2026-01..2026-10", { from: "2026-01", to: "2026-10" }],
    [" 2025-07..2026-11 ", { from: "2025-07", to: "2026-11" }],
  ])("accepts %j", (input, expected) => {
    expect(parseReportPeriod(input, today)).toEqual(expected);
  });

  it.each(["", "2026-13", "2026-1", "2026-01..", "2026-01..2026-02..2026-03", "2026-01-01", "1899-12", "2026/01"])(
    "refuses %j, naming the field",
    (input) => {
      expect(() => parseReportPeriod(input, today)).toThrowError(/^period must be YYYY-MM or YYYY-MM\.\.YYYY-MM/);
      try {
        parseReportPeriod(input, today);
      } catch (error) {
        expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { period: [expect.any(String)] } });
      }
    },
  );

  it("refuses a range that runs backwards or ends in the future", () => {
    expect(() => parseReportPeriod("2026-10..2026-01", today)).toThrowError(
      "period: the first month 2026-10 is after the last month 2026-01",
    );
    expect(() => parseReportPeriod("2026-12", today)).toThrowError(
      "period: the last month 2026-12 is after the current month 2026-11",
    );
  });

  it("defaults to the last complete month", () => {
    expect(defaultReportPeriod(today)).toEqual({ from: "2026-10", to: "2026-10" });
    expect(defaultReportPeriod(new Date("2026-01-03T00:00:00Z"))).toEqual({ from: "2025-12", to: "2025-12" });
  });
});

describe("locale, scenario and as-of", () => {
  it("checks locale and scenario with the field in the error", () => {
    expect(parseReportLocale(null, "nl")).toBe("nl");
    expect(parseReportLocale("en", "nl")).toBe("en");
    expect(() => parseReportLocale("de", "nl")).toThrowError('locale must be nl or en, not "de"');
    expect(parseReportScenario(undefined)).toBe("expected");
    expect(parseReportScenario("optimistic")).toBe("optimistic");
    expect(() => parseReportScenario("best")).toThrowError(/^scenario must be conservative, expected, optimistic/);
  });

  it("evaluates as of the month after the period, never after the moment of generating", () => {
    expect(reportAsOf({ from: "2026-01", to: "2026-03" }, today).toISOString()).toBe("2026-04-01T12:00:00.000Z");
    expect(reportAsOf({ from: "2026-01", to: "2026-11" }, today)).toEqual(today);
  });
});

describe("buildReportModel", () => {
  it("a workspace without investments: zeros, no ROI, no leaks, the appendix in its language", () => {
    const model = buildReportModel({
      workspace: { name: "Leeg", currency: "EUR" },
      consultantName: "Demi",
      options: { period: { from: "2026-01", to: "2026-10" }, scenario: "expected", locale: "nl" },
      generatedAt: today,
      investments: [],
    });
    expect(model).toMatchObject({ workspaceName: "Leeg", periodLabel: "2026-01..2026-10", investments: [], leaks: [] });
    expect(model.summary).toEqual({
      invested: 0,
      realised: 0,
      net: 0,
      investedInPeriod: 0,
      realisedInPeriod: 0,
      actualRoiPct: null,
      forecastRoiPct: null,
      plannedRoiPct: null,
      investments: 0,
      paidBack: 0,
      onTime: 0,
      late: 0,
      other: 0,
    });
    expect(model.appendix[0].term).toBe("ROI");
    expect(model.appendix.map((a) => a.term)).toContain("Waardelek");
  });
});
