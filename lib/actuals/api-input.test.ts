import { describe, expect, it } from "vitest";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { actualsBatchBody, actualsMonthBody } from "./api-input";
import { BENEFIT_SUM_MESSAGE, REQUIRED_AMOUNT_MESSAGE } from "./schemas";

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));

describe("one month's actuals as the API takes them", () => {
  it("makes the benefit the drivers' sum when it is left out, and keeps amounts exact", () => {
    expect(actualsMonthBody.parse({ cost: "0.1", benefitByDriver: { " Fee ": "0.20", Upsell: "999999999999.99" } })).toEqual({
      cost: "0.10",
      benefit: "1000000000000.19",
      benefitByDriver: { Fee: "0.20", Upsell: "999999999999.99" },
      note: "",
    });
    expect(actualsMonthBody.parse({ cost: "5", benefit: "7.5", note: " ok " })).toEqual({ cost: "5.00", benefit: "7.50", benefitByDriver: null, note: "ok" });
  });

  it("applies the grid's rules: a required benefit, no negatives, the sum of the drivers", () => {
    expect(issuesOf(actualsMonthBody.safeParse({ cost: "5" }))).toEqual([{ path: "benefit", message: REQUIRED_AMOUNT_MESSAGE }]);
    expect(issuesOf(actualsMonthBody.safeParse({ cost: "-5", benefit: "1" }))).toEqual([{ path: "cost", message: "Amounts cannot be negative" }]);
    expect(issuesOf(actualsMonthBody.safeParse({ cost: "5", benefit: "10", benefitByDriver: { Fee: "4", Upsell: "5" } }))).toEqual([
      { path: "benefit", message: BENEFIT_SUM_MESSAGE },
    ]);
  });

  it("names an amount in another notation once, by the API's pattern, and does not read it some other way", () => {
    const issues = issuesOf(actualsMonthBody.safeParse({ cost: "1,234.50", benefit: "10", benefitByDriver: { Fee: "10", Upsell: "1.000,00" } }));
    expect(issues.map((i) => i.path)).toEqual(["cost", "benefitByDriver.Upsell"]);
    expect(issues[0].message).toContain('"1234.56"');
  });

  it("refuses unknown fields and numbers sent as JSON numbers", () => {
    expect(issuesOf(actualsMonthBody.safeParse({ cost: "5", benefit: "5", kpiValues: {} }))[0].message).toContain("kpiValues");
    expect(issuesOf(actualsMonthBody.safeParse({ cost: 5, benefit: "5" })).map((i) => i.path)).toEqual(["cost"]);
  });
});

describe("a batch", () => {
  it("reads each month's revision as its precondition", () => {
    const parsed = actualsBatchBody.parse({
      months: [
        { month: "2026-01", cost: "1", benefit: "1" },
        { month: "2026-02", cost: "1", benefit: "1", revision: 4 },
        { month: "2026-03", cost: "1", benefit: "1", revision: "*" },
      ],
    });
    expect(parsed.months.map((m) => [m.month, m.expected])).toEqual([
      ["2026-01", null],
      ["2026-02", [4]],
      ["2026-03", "*"],
    ]);
  });

  it("names every bad month by its place, duplicates included", () => {
    const issues = issuesOf(
      actualsBatchBody.safeParse({
        months: [
          { month: "2026-01", cost: "1", benefit: "1" },
          { month: "2026-13", cost: "1", benefit: "1" },
          { month: "2026-01", cost: "1", benefit: "1", revision: 0 },
          { month: "2026-04", cost: "1" },
        ],
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(["months.1.month", "months.2.month", "months.2.revision", "months.3.benefit"]);
    expect(issues.find((i) => i.path === "months.2.month")?.message).toBe("This month is already in the batch (months.0)");
  });
});

describe("Dutch", () => {
  it("has a translation for each message of the API's actuals and KPI writes", () => {
    for (const message of [
      "Some months cannot be recorded; nothing was saved",
      "Some months are not at the revision you based them on; nothing was saved",
      "Some months already have other actuals; send their revision to replace them. Nothing was saved",
      "This month has no actuals yet; leave revision out to create it",
      "This month is already in the batch (months.0)",
      "Send at most 1000 months at once",
      "Send at least one month",
      'This month already has other actuals (revision 3); send If-Match: "3" to replace them',
      "This month already has other actuals (revision 3); send revision 3 to replace them",
      "This month is at revision 3; read it again and send that revision",
      'must be the revision you read (a whole number from 1) or "*"',
      'must be a number like "118.5" (a decimal string, at most 4 decimals)',
      'If-Match must be the value you read, such as "118.5", or *',
      'This KPI already has another value for this month (-2.5); send If-Match: "-2.5" to replace it',
      "This KPI has no value for this month yet; leave If-Match out to record one",
      'This KPI\'s value for this month is now 2.1; read it again and send If-Match: "2.1"',
    ]) {
      expect(translateServerMessage(message, "nl"), message).not.toBe(message);
    }
    expect(translateServerMessage("This month is at revision 3; read it again and send that revision", "nl")).toContain("revisie 3");
  });
});
