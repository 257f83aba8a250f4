import { describe, expect, it } from "vitest";
import type { GridRow } from "@/lib/actuals/grid";
import { benefitInput, buildPayload, initialValues, isDirty, sourceOf } from "./row-model";

const row: GridRow = {
  period: "2026-02",
  monthNumber: 2,
  status: "recorded",
  actual: {
    period: "2026-02",
    cost: "1234.50",
    benefit: "300.00",
    benefitByDriver: { Upsell: "300.00" },
    note: "ok",
    revision: 2,
    recordedByName: "Sam",
    updatedAt: "2026-02-10T09:00:00.000Z",
    planVersion: 1,
  },
  forecast: { cost: 1000, benefit: 500 },
  kpis: { k1: { value: "2.1", carried: false }, k2: { value: "7", carried: true, fromPeriod: "2026-01" } },
};
const ref = { workspaceSlug: "acme", investmentId: "inv", month: "2026-02", locale: "nl" as const, baseRevision: 2 };

describe("row model", () => {
  it("fills the inputs in the user's notation; carried KPI values stay empty", () => {
    const initial = initialValues(sourceOf(row, ["k1", "k2"], undefined), ["Fee", "Upsell"], "nl");
    expect(initial).toEqual({
      cost: "1.234,50",
      benefit: "300,00",
      note: "ok",
      split: true,
      drivers: { Fee: "", Upsell: "300,00" },
      kpis: { k1: "2,1", k2: "" },
    });
  });

  it("leaves a missing month empty, never zero", () => {
    const missing = { ...row, status: "missing" as const, actual: null, kpis: { k1: null } };
    expect(initialValues(sourceOf(missing, ["k1"], undefined), [], "en")).toEqual({
      cost: "",
      benefit: "",
      note: "",
      split: false,
      drivers: {},
      kpis: { k1: "" },
    });
  });

  it("prefers a newer save answer over the page's data until the page catches up", () => {
    const saved = {
      month: "2026-02",
      cost: "1.00",
      benefit: "2.00",
      benefitByDriver: null,
      note: "",
      kpiValues: { k2: "8" },
      revision: 3,
      recordedByName: "Kim",
      updatedAt: "x",
      planVersion: 1,
    };
    expect(sourceOf(row, ["k1", "k2"], saved)).toMatchObject({
      actual: { cost: "1.00", revision: 3 },
      measured: { k1: null, k2: "8" },
    });
    expect(sourceOf(row, ["k1", "k2"], { ...saved, revision: 2 }).actual?.cost).toBe("1234.50");
  });

  it("sends only changed KPI cells, and an empty benefit when the drivers give it", () => {
    const source = sourceOf(row, ["k1", "k2"], undefined);
    const initial = initialValues(source, ["Fee", "Upsell"], "nl");
    expect(isDirty(initial, initial)).toBe(false);
    const edited = { ...initial, drivers: { Fee: "10", Upsell: "300,00" }, kpis: { k1: "2,1", k2: "7,5" } };
    expect(isDirty(edited, initial)).toBe(true);
    expect(buildPayload(edited, initial, source, ref)).toEqual({
      ...ref,
      cost: "1.234,50",
      benefit: "",
      benefitByDriver: { Fee: "10", Upsell: "300,00" },
      note: "ok",
      kpiValues: { k2: "7,5" },
      kpiBase: { k2: null },
    });
    const unsplit = { ...initial, split: false, benefit: "5" };
    expect(buildPayload(unsplit, initial, source, ref)).toMatchObject({ benefit: "5", benefitByDriver: null });
  });

  it("sends each changed KPI cell with the value it replaces, so a value recorded meanwhile is not overwritten", () => {
    const source = sourceOf(row, ["k1", "k2"], undefined);
    const initial = initialValues(source, [], "nl");
    const edited = { ...initial, kpis: { k1: "", k2: "8" } };
    expect(buildPayload(edited, initial, source, ref)).toMatchObject({
      kpiValues: { k1: "", k2: "8" },
      // k1 was measured this month; k2's 7 was carried from January, so this month had none.
      kpiBase: { k1: "2.1", k2: null },
    });
  });

  it("blanks the benefit while its drivers change, and shows the recorded sum until then", () => {
    const initial = initialValues(sourceOf(row, ["k1", "k2"], undefined), ["Fee", "Upsell"], "nl");
    expect(benefitInput(initial, initial)).toEqual({ text: "300,00", fromDrivers: true });
    const changed = { ...initial, drivers: { ...initial.drivers, Fee: "50" } };
    expect(benefitInput(changed, initial)).toEqual({ text: "", fromDrivers: true });
    const total = { ...initial, split: false, drivers: {}, benefit: "310" };
    expect(benefitInput(total, { ...initial, split: false })).toEqual({ text: "310", fromDrivers: false });
  });
});
