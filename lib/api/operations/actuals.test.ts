import { describe, expect, it } from "vitest";
import { actualsBatchBody } from "@/lib/actuals/api-input";
import { periodOfMonthNumber } from "@/lib/investments/months";
import { ACTUALS_BATCH_BODY_LIMIT_BYTES, batchActuals } from "./actuals";

describe("the batch's body cap", () => {
  it("takes a full batch: 1000 months, each with a 2000-character note of three-byte characters and drivers", () => {
    const months = Array.from({ length: 1000 }, (_, i) => ({
      month: periodOfMonthNumber("1950-01", i + 1),
      cost: "999999999999.99",
      benefitByDriver: { "Saved agency fee": "499999999999.99", "Upsell and cross-sell revenue": "500000000000.00" },
      note: "€".repeat(2000),
      revision: 999999,
    }));
    const body = JSON.stringify({ months });
    expect(new TextEncoder().encode(body).byteLength).toBeLessThan(ACTUALS_BATCH_BODY_LIMIT_BYTES);
    expect(batchActuals.bodyLimitBytes).toBe(ACTUALS_BATCH_BODY_LIMIT_BYTES);
    expect(actualsBatchBody.safeParse(JSON.parse(body)).success).toBe(true);
  });
});
