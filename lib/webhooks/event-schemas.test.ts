import { describe, expect, it } from "vitest";
import { EVENT_TYPES, parseEventBody, parseEventData, WEBHOOK_EVENTS } from "./event-schemas";

describe("WEBHOOK_EVENTS", () => {
  it("documents every event type and the test event, each with its own schema id", () => {
    expect(WEBHOOK_EVENTS.map((e) => e.type)).toEqual([...EVENT_TYPES, "webhook.test"]);
  });
});

describe("parseEventData", () => {
  const investment = { id: "inv1", name: "Loyalty", currency: "EUR" };

  it("accepts each documented shape", () => {
    expect(parseEventData("actuals.recorded", { investment, source: "api:ERP sync", months: [{ month: "2026-02", cost: "100.00", benefit: "250.50", revision: 2 }] })).toBeTruthy();
    expect(parseEventData("plan.approved", { investment, version: 1, reason: "Plan approved", by: "Olga Owner" })).toBeTruthy();
    expect(parseEventData("plan.versioned", { investment, version: 2, reason: "Reforecast", by: "Olga Owner" })).toBeTruthy();
    expect(
      parseEventData("report.generated", { report: { id: "r1", kind: "investment", investmentId: "inv1", period: "2026-01..2026-03", locale: "nl", channel: "api" } }),
    ).toBeTruthy();
    expect(parseEventData("actuals.missing", { period: "2026-02", investments: [{ id: "inv1", name: "Loyalty", missingMonths: ["2026-01", "2026-02"] }] })).toBeTruthy();
  });

  it("refuses extra fields, number amounts and bad months, naming the field", () => {
    const bad = (type: Parameters<typeof parseEventData>[0], data: unknown) => {
      try {
        parseEventData(type, data);
      } catch (error) {
        return (error as { issues: { path: (string | number)[] }[] }).issues.map((i) => i.path.join("."));
      }
      return [];
    };
    expect(bad("plan.approved", { investment, version: 1, reason: "x", by: "y", extra: true })).toEqual([""]);
    expect(bad("actuals.recorded", { investment, source: "ui", months: [{ month: "2026-02", cost: 100, benefit: "1.00", revision: 1 }] })).toEqual(["months.0.cost"]);
    expect(bad("actuals.recorded", { investment, source: "email", months: [{ month: "2026-13", cost: "1.00", benefit: "1.00", revision: 1 }] })).toEqual(["source", "months.0.month"]);
  });
});

describe("parseEventBody", () => {
  it("checks the envelope a subscriber receives", () => {
    const body = { type: "webhook.test", timestamp: "2026-03-05T09:30:00.000Z", data: { endpointId: "e1", message: "hi", requestedBy: "Olga" } };
    expect(parseEventBody(body)).toEqual(body);
    expect(() => parseEventBody({ ...body, timestamp: "yesterday" })).toThrow();
    expect(() => parseEventBody({ ...body, type: "nope" })).toThrow(/Unknown event type/);
  });
});
