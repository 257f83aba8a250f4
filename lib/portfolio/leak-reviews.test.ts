import { describe, expect, it } from "vitest";
import type { Leak } from "@/lib/roi";
import { indexLatestReviews, isLeakHidden, latestReview, type Review } from "./leak-reviews";

const periodStart = new Date("2026-11-01T00:00:00Z");
const leak = (atStakeMonthly: number, kpi?: string) =>
  ({ code: kpi ? "KPI_REGRESSION" : "UNDER_FORECAST", atStakeMonthly, kpi }) as Pick<
    Leak,
    "code" | "kpi" | "atStakeMonthly"
  >;
const review = (input: Partial<Review>): Review => ({
  investmentId: "i1",
  code: "UNDER_FORECAST",
  subject: "",
  kind: "acknowledged",
  snoozedUntil: null,
  atStakeMonthly: "100.00",
  reason: "",
  createdByName: "Demi",
  createdAt: new Date("2026-10-01T00:00:00Z"),
  ...input,
});

describe("isLeakHidden", () => {
  it("an acknowledged leak stays hidden until more is at stake than when it was reviewed", () => {
    expect(isLeakHidden(undefined, leak(10), periodStart)).toBe(false);
    expect(isLeakHidden(review({}), leak(100), periodStart)).toBe(true);
    expect(isLeakHidden(review({}), leak(100.01), periodStart)).toBe(false);
  });

  it("a snooze hides until its month arrives", () => {
    expect(
      isLeakHidden(review({ kind: "snoozed", snoozedUntil: new Date("2026-12-01T00:00:00Z") }), leak(50), periodStart),
    ).toBe(true);
    expect(
      isLeakHidden(review({ kind: "snoozed", snoozedUntil: new Date("2026-11-01T00:00:00Z") }), leak(50), periodStart),
    ).toBe(false);
    expect(isLeakHidden(review({ kind: "snoozed", snoozedUntil: null }), leak(50), periodStart)).toBe(false);
  });
});

describe("latest review", () => {
  const reviews = [
    review({ reason: "first" }),
    review({ reason: "other investment", investmentId: "i2" }),
    review({ reason: "kpi", code: "KPI_REGRESSION", subject: "CAC" }),
    review({ reason: "second", createdAt: new Date("2026-10-05T00:00:00Z") }),
  ];

  it("finds the newest review of the same investment, code and subject, by scan or by index", () => {
    const index = indexLatestReviews([...reviews].reverse());
    for (const find of [
      (l: Pick<Leak, "code" | "kpi">) => latestReview(reviews, "i1", l),
      (l: Pick<Leak, "code" | "kpi">) => index("i1", l),
    ]) {
      expect(find(leak(1))?.reason).toBe("second");
      expect(find(leak(1, "CAC"))?.reason).toBe("kpi");
      expect(find(leak(1, "Other KPI"))).toBeUndefined();
    }
    expect(index("i2", leak(1))?.reason).toBe("other investment");
  });
});
