import { describe, expect, it } from "vitest";
import { parseEventData } from "./event-schemas";
import { leakChanges, leakEventData, type EvaluatedLeak } from "./leak-events";

const underForecast = (atStakeMonthly: number): EvaluatedLeak => ({
  code: "UNDER_FORECAST",
  months: [1, 2, 3],
  atStakeMonthly,
  params: { belowPct: 40, shortfall: 1200, months: [1, 2, 3] },
  subject: "",
});
const kpiRegression: EvaluatedLeak = {
  code: "KPI_REGRESSION",
  months: [3],
  atStakeMonthly: 0,
  params: { month: 3, value: 1.2, baseline: 1.6, unit: null, direction: "up" },
  kpi: "NPS",
  subject: "NPS",
};
const live = { counted: true, archived: false };
const stored = (code: string, subject: string, atStakeMonthly: string) => ({ code, subject, atStakeMonthly });

describe("leakChanges", () => {
  it("reports nothing for an investment evaluated for the first time", () => {
    expect(leakChanges({ before: null, after: { ...live, leaks: [underForecast(500)] } })).toEqual([]);
  });

  it("opens a leak that was not stored, matched by code and subject", () => {
    const changes = leakChanges({ before: { ...live, findings: [stored("KPI_REGRESSION", "Churn", "0.00")] }, after: { ...live, leaks: [kpiRegression] } });
    expect(changes).toEqual([{ type: "leak.opened", leak: kpiRegression, atStakeMonthly: "0.00", previousAtStakeMonthly: null }]);
  });

  it("worsens a leak whose money at stake grew, and stays quiet when it stayed or shrank", () => {
    const before = { ...live, findings: [stored("UNDER_FORECAST", "", "400.00")] };
    expect(leakChanges({ before, after: { ...live, leaks: [underForecast(400.01)] } })).toEqual([
      { type: "leak.worsened", leak: underForecast(400.01), atStakeMonthly: "400.01", previousAtStakeMonthly: "400.00" },
    ]);
    expect(leakChanges({ before, after: { ...live, leaks: [underForecast(400)] } })).toEqual([]);
    expect(leakChanges({ before, after: { ...live, leaks: [underForecast(100)] } })).toEqual([]);
  });

  it("treats drafts and archived investments as out of view: no events for them, their leaks open when they come into view", () => {
    const draft = { counted: false, archived: false };
    expect(leakChanges({ before: { ...draft, findings: [] }, after: { ...draft, leaks: [underForecast(5)] } })).toEqual([]);
    const approved = leakChanges({ before: { ...draft, findings: [stored("UNDER_FORECAST", "", "5.00")] }, after: { ...live, leaks: [underForecast(5)] } });
    expect(approved.map((c) => c.type)).toEqual(["leak.opened"]);
    expect(leakChanges({ before: { ...live, findings: [] }, after: { counted: true, archived: true, leaks: [underForecast(5)] } })).toEqual([]);
  });
});

describe("leakEventData", () => {
  it("matches the published schema, with the sentence in both languages", () => {
    const [change] = leakChanges({ before: { ...live, findings: [stored("UNDER_FORECAST", "", "400.00")] }, after: { ...live, leaks: [underForecast(512.5)] } });
    const data = leakEventData(change, { id: "inv1", name: "Loyalty", currency: "EUR" });
    expect(parseEventData("leak.worsened", data)).toEqual(data);
    expect(data.leak).toMatchObject({ code: "UNDER_FORECAST", subject: "", atStakeMonthly: "512.50", previousAtStakeMonthly: "400.00" });
    expect(data.leak.messageEn).toMatch(/40%/);
    expect(data.leak.messageNl).toMatch(/40%/);
    expect(data.leak.messageNl).not.toBe(data.leak.messageEn);
    expect(() => parseEventData("leak.opened", data)).toThrow();
  });
});
