import { describe, expect, expectTypeOf, it } from "vitest";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { LEAK_CODES, type Leak, type LeakCode, type LeakParamsByCode } from "@/lib/roi";
import { en } from "./leak-messages.en";
import { nl } from "./leak-messages.nl";
import { LEAK_CATALOGUES, describeLeakMonths, renderLeakMessage } from "./leak-messages";

/** One leak per code, with figures that show the locale's formats. */
const SAMPLES: { [C in LeakCode]: { params: LeakParamsByCode[C]; kpi?: string } } = {
  UNDER_FORECAST: { params: { belowPct: 12.5, shortfall: 1234.56, months: [1, 2, 3] } },
  COST_OVERRUN: { params: { abovePct: 12.5, overrun: 1234.56 } },
  MISSING_ACTUALS: { params: { months: [3, 5], periods: ["2026-03", "2026-05"] } },
  NO_BASELINE: { params: {} },
  KPI_REGRESSION: {
    params: { month: 3, value: 1.6, baseline: 1800.25, unit: "bezoekers", direction: "up" },
    kpi: "Bezoekers per week",
  },
  PAYBACK_SLIP: { params: { plannedMonth: 4, plannedPeriod: "2026-04", projectedMonth: 12 } },
  ZOMBIE_COST: { params: { runningCostMonthly: 1234.56, months: [2, 4, 7] } },
  NEGATIVE_AFTER_RAMP: { params: { rampEndMonth: 3, month: 5, roiPct: -12.5 } },
};

const sample = (code: LeakCode) => ({ code, ...SAMPLES[code] }) as Pick<Leak, "code" | "params" | "kpi">;
const render = (code: LeakCode, locale: "en" | "nl", currency = "EUR") =>
  plain(renderLeakMessage(sample(code), locale, currency));

// English words that are not Dutch too ("is", "of", "over", "plan" are): none may appear in a
// Dutch sentence. ROI and KPI are Dutch usage as well.
const ENGLISH_WORDS =
  /\b(the|and|or|for|are|a|an|it|to|this|these|month|months|benefit|benefits|cost|costs|forecast|baseline|payback|below|above|short|while|still|find|fix|record|should|zero|pace|horizon|ramp-up|running|realised|planned|against|moved|wrong|way|within|will|not|cannot|lower|raise|cut|check|whether|actually|used|cancel|measure|investment|figures|actual|missing|now|tool|service|support|tickets|stakeholders|value|leak)\b/i;

/** Intl puts a no-break space between "€" and a Dutch amount, so the two never wrap apart. */
const plain = (text: string) => text.replaceAll("\u00a0", " ");

describe("leak catalogues", () => {
  it("cover every leak code in both languages", () => {
    expectTypeOf<keyof typeof en.codes>().toEqualTypeOf<LeakCode>();
    expectTypeOf<keyof typeof nl.codes>().toEqualTypeOf<LeakCode>();
    for (const locale of UI_LOCALES) {
      expect(Object.keys(LEAK_CATALOGUES[locale].codes).sort()).toEqual([...LEAK_CODES].sort());
    }
    expect(Object.keys(SAMPLES).sort()).toEqual([...LEAK_CODES].sort());
  });

  describe.each(LEAK_CODES)("%s", (code) => {
    it("renders a full sentence in English and in Dutch", () => {
      const english = render(code, "en");
      const dutch = render(code, "nl");
      for (const text of [english, dutch]) {
        expect(text).toMatch(/^\S.*[.!]$/);
        expect(text).not.toMatch(/undefined|null|NaN|\{|\}/);
      }
      expect(english).toContain(en.codes[code].nextStep);
      expect(dutch).toContain(nl.codes[code].nextStep);
      expect(dutch).not.toBe(english);
    });

    it("has no English words in Dutch", () => {
      for (const text of [
        render(code, "nl"),
        nl.codes[code].findingWithoutParams("Omzet"),
        nl.codes[code].findingWithoutParams(null),
      ]) {
        expect(text.match(ENGLISH_WORDS)?.[0] ?? null, text).toBeNull();
      }
    });

    it("falls back to a generic line in each language when the params are missing or malformed", () => {
      for (const locale of UI_LOCALES) {
        const generic = `${LEAK_CATALOGUES[locale].codes[code].findingWithoutParams(null)} ${LEAK_CATALOGUES[locale].codes[code].nextStep}`;
        const stored = { code, months: [1], atStakeMonthly: 10, message: "old English sentence" } as unknown as Leak;
        expect(renderLeakMessage(stored, locale, "EUR")).toBe(generic);
        const broken = { code, params: { months: "1-3", periods: [7], belowPct: "12" } } as unknown as Leak;
        if (code !== "NO_BASELINE") expect(renderLeakMessage(broken, locale, "EUR")).toBe(generic);
      }
    });
  });

  it("formats money and percentages in the reader's locale", () => {
    expect(render("UNDER_FORECAST", "nl")).toBe(
      "De gerealiseerde baten liggen 12,5% onder de prognose (een tekort van € 1.234,56 na maand 1 t/m 3). " +
        "Zoek uit welke batenbron achterblijft en verbeter die, of stel de prognose eerlijk bij.",
    );
    expect(render("UNDER_FORECAST", "en")).toBe(
      "Realised benefit is 12.5% below forecast (€1,234.56 short after months 1–3). " +
        "Find the benefit driver that lags, fix it, or lower the forecast honestly.",
    );
    expect(render("ZOMBIE_COST", "nl")).toContain("€ 1.234,56 per maand");
    expect(renderLeakMessage(sample("ZOMBIE_COST"), "nl", "EUR")).toContain("€\u00a01.234,56");
    expect(render("COST_OVERRUN", "nl", "USD")).toContain("(US$ 1.234,56 meer dan begroot)");
    expect(render("COST_OVERRUN", "en", "USD")).toContain("($1,234.56 over)");
    expect(render("NEGATIVE_AFTER_RAMP", "nl")).toContain("in maand 5 nog -12,5%.");
    expect(render("NEGATIVE_AFTER_RAMP", "en")).toContain("still -12.5% in month 5.");
  });

  it("writes periods, KPI values and directions in the reader's language", () => {
    expect(render("MISSING_ACTUALS", "nl")).toContain(
      "Geen werkelijke cijfers voor maand 3 en 5 (maart 2026, mei 2026).",
    );
    expect(render("MISSING_ACTUALS", "en")).toContain("No actual figures for months 3, 5 (March 2026, May 2026).");
    expect(render("PAYBACK_SLIP", "nl")).toContain(
      "terug in maand 12, terwijl dat gepland was in maand 4 (april 2026).",
    );
    expect(render("KPI_REGRESSION", "nl")).toContain(
      "“Bezoekers per week” gaat de verkeerde kant op: 1,6 bezoekers in maand 3, tegenover een nulmeting van 1.800,25 bezoekers (de KPI hoort te stijgen).",
    );
    expect(render("KPI_REGRESSION", "en")).toContain(
      "1.6 bezoekers in month 3 against a baseline of 1,800.25 bezoekers (it should go up)",
    );
    const never = {
      code: "PAYBACK_SLIP",
      params: { plannedMonth: 4, plannedPeriod: "2026-04", projectedMonth: null },
    } as const;
    expect(renderLeakMessage(never, "nl", "EUR")).toMatch(
      /^In het huidige tempo verdient de investering zich binnen de looptijd niet terug/,
    );
    const noPlan = { code: "COST_OVERRUN", params: { abovePct: null, overrun: 50 } } as const;
    expect(plain(renderLeakMessage(noPlan, "nl", "EUR"))).toMatch(
      /^Er zijn kosten gemaakt terwijl het plan geen kosten had \(€ 50,00 meer dan begroot\)/,
    );
  });

  it("keeps a KPI value exact instead of rounding it to 2 decimals", () => {
    const leak = {
      code: "KPI_REGRESSION",
      kpi: "Conversie",
      params: { month: 2, value: 0.125, baseline: 0.2, unit: null, direction: "up" },
    } as const;
    expect(renderLeakMessage(leak, "nl", "EUR")).toContain(": 0,125 in maand 2, tegenover een nulmeting van 0,2 (");
  });

  it("still reads when a KPI leak has no KPI name, and for an unknown code", () => {
    const leak = { code: "KPI_REGRESSION", params: SAMPLES.KPI_REGRESSION.params } as const;
    expect(renderLeakMessage(leak, "nl", "EUR")).toMatch(/^Een KPI gaat de verkeerde kant op: /);
    expect(renderLeakMessage(leak, "en", "EUR")).toMatch(/^A KPI moved the wrong way: /);
    const unknown = { code: "SOMETHING_NEW", params: {} } as unknown as Leak;
    expect(renderLeakMessage(unknown, "nl", "EUR")).toBe("Er is een waardelek gevonden.");
    expect(renderLeakMessage(unknown, "en", "EUR")).toBe("A value leak was found.");
  });

  it("describes month lists in each language", () => {
    expect([[3], [1, 2, 3], [3, 5], [2, 4, 7], []].map((months) => describeLeakMonths(months, "nl"))).toEqual([
      "maand 3",
      "maand 1 t/m 3",
      "maand 3 en 5",
      "maand 2, 4 en 7",
      "geen maanden",
    ]);
    expect([[3], [1, 2, 3], [3, 5], []].map((months) => describeLeakMonths(months, "en"))).toEqual([
      "month 3",
      "months 1–3",
      "months 3, 5",
      "no months",
    ]);
  });
});
