import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { importRates } from "@/lib/rates/mutations";
import { apiTokenFor, callApi } from "@/tests/support/api";
import { addInvestment, portfolioWorkspace, recordMonths } from "@/tests/support/portfolio-writes";
import { getInvestmentOperation, listInvestments } from "./investments";
import { getPortfolio, listWorkspaceLeaks } from "./portfolio";

// A euro workspace with a dollar plan, seen on 2026-06-15, and the rates of January
// (EUR → USD 1.0823) and February (1.09) only. Every figure below is worked out by hand
// from those two rates (docs/currencies.md): actuals at their own month's rate only,
// forecasts without a rate at the latest known one.
const now = new Date("2026-06-15T12:00:00Z");
const PLAN = { costs: [{ kind: "oneTime", label: "Set-up", amount: 1000, month: 1 }], benefits: [{ kind: "fixed", label: "Fee", monthly: 300 }] };
const HORIZON = { startMonth: "2026-01", horizonMonths: 12 };

let setup: Awaited<ReturnType<typeof portfolioWorkspace>>;
let token = "";
const ids: Record<string, string> = {};

beforeAll(async () => {
  setup = await portfolioWorkspace({ userName: "Olga Owner" });
  const { ctx } = setup;
  ids.shop = await addInvestment(ctx, { name: "Web shop", plan: PLAN, ...HORIZON });
  ids.dollar = await addInvestment(ctx, { name: "Dollar plan", plan: PLAN, ...HORIZON, currency: "USD" });
  await recordMonths(ctx, ids.shop, [{ month: "2026-01", cost: "1000", benefit: "310.33" }, { month: "2026-02", cost: "0", benefit: "310.33" }], now);
  await recordMonths(
    ctx,
    ids.dollar,
    [
      { month: "2026-01", cost: "1000", benefit: "0" },
      { month: "2026-02", cost: "0", benefit: "500" },
      // March has no rate: this benefit cannot be converted, and is not guessed.
      { month: "2026-03", cost: "0", benefit: "100" },
    ],
    now,
  );
  await importRates(ctx, {
    rates: [
      { from: "EUR", to: "USD", period: "2026-01", rate: "1.0823" },
      { from: "EUR", to: "USD", period: "2026-02", rate: "1.09" },
    ],
    source: "manual",
    sourceDetail: "",
  });
  token = await apiTokenFor(setup.owner, setup.ws.id, "read");
});

const params = () => ({ slug: setup.ws.slug });
/** A dollar amount in euros at one of the two rates, rounded half-up to the cent, as a person would. */
const inEuros = (usd: Decimal.Value, rate: string) => new Decimal(usd).div(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

describe("figures in the reporting currency through the API", () => {
  it("converts the dollar plan into the headline month by month, and names the missing rate and the fallback", async () => {
    const answer = await callApi(getPortfolio, { token, params: params(), now });
    expect(answer.status).toBe(200);
    const [dollar] = answer.json.otherCurrencies;
    expect(dollar).toMatchObject({ currency: "USD", investments: 1, invested: "1000.00", realised: "600.00" });
    // $1,000 in January ÷ 1.0823 = €923.96; $500 in February ÷ 1.09 = €458.72; March's $100 has no rate.
    expect([inEuros(1000, "1.0823"), inEuros(500, "1.09")]).toEqual(["923.96", "458.72"]);
    expect(dollar.converted).toMatchObject({ currency: "EUR", investments: 1, invested: "923.96", realised: "458.72", net: "-465.24" });
    // The headline adds the euro plan's own €1,000 and €620.66 to the converted amounts; ROI from those sums.
    expect(answer.json.headline).toMatchObject({ currency: "EUR", investments: 2, invested: "1923.96", realised: "1079.38", net: "-844.58" });
    // (1,079.38 − 1,923.96) ÷ 1,923.96 = −43.897…% → −43.90%
    expect(answer.json.headline.actualRoiPct).toBe("-43.90");
    // The plan's $300 a month: January and February at their own rates, March to December at February's (the latest known).
    const plannedBenefit = new Decimal(inEuros(300, "1.0823")).plus(inEuros(300, "1.09")).plus(new Decimal(inEuros(300, "1.09")).times(10));
    expect(dollar.plannedBenefit).toBe("3600.00");
    expect(dollar.converted.plannedBenefit).toBe(plannedBenefit.toFixed(2));
    expect(dollar.converted.plannedCost).toBe("923.96");
    expect(answer.json.conversion.complete).toBe(false);
    expect(answer.json.conversion.missing).toEqual([{ from: "USD", to: "EUR", month: "2026-03" }]);
    // At February's rate: the forecasts of March to December (10 months); June's money at stake
    // too, which is not a forecast month and is marked on the leak itself.
    expect(dollar.atStakeMonthly).not.toBe("0.00");
    expect(answer.json.conversion.fallbacks).toEqual([{ from: "USD", to: "EUR", rateMonth: "2026-02", months: 10 }]);
    expect(dollar.converted.atStakeMonthly).toBe(inEuros(dollar.atStakeMonthly, "1.09"));
  });

  it("converts a leak's money at stake at the latest known rate and ranks by it", async () => {
    const answer = await callApi(listWorkspaceLeaks, { token, params: params(), now });
    expect(answer.status).toBe(200);
    expect(answer.json.reportingCurrency).toBe("EUR");
    const dollarLeaks = answer.json.open.filter((l: { investment: { id: string } }) => l.investment.id === ids.dollar);
    expect(dollarLeaks.length).toBeGreaterThan(0);
    for (const leak of dollarLeaks) {
      // June has no rate: February's, the latest known, and the answer says so.
      expect(leak.converted).toEqual({ currency: "EUR", atStakeMonthly: inEuros(leak.atStakeMonthly, "1.09"), rateMonth: "2026-02", fallback: true });
    }
    const ranked = answer.json.open.map((l: { atStakeMonthly: string; converted: { atStakeMonthly: string } | null }) => new Decimal(l.converted?.atStakeMonthly ?? l.atStakeMonthly));
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].gte(ranked[i])).toBe(true);
  });

  it("gives an investment in another currency its reporting-currency figures, the same in the list and on its own", async () => {
    const single = await callApi(getInvestmentOperation, { token, params: { ...params(), id: ids.dollar }, now });
    expect(single.status).toBe(200);
    expect(single.json.figures).toMatchObject({ invested: "1000.00", realised: "600.00" });
    const reporting = single.json.reportingFigures;
    expect(reporting).toMatchObject({ currency: "EUR", invested: "923.96", realised: "458.72", net: "-465.24", plannedCost: "923.96" });
    // (458.72 − 923.96) ÷ 923.96 = −50.35%
    expect(reporting.actualRoiPct).toBe("-50.35");
    const atStake = new Decimal(single.json.figures.atStakeMonthly);
    expect(reporting.atStakeMonthly).toBe(inEuros(atStake, "1.09"));
    expect(reporting.conversion).toMatchObject({ complete: false, missing: [{ from: "USD", to: "EUR", month: "2026-03" }] });

    const euro = await callApi(getInvestmentOperation, { token, params: { ...params(), id: ids.shop }, now });
    expect(euro.json.reportingFigures).toBeNull();

    const list = await callApi(listInvestments, { token, params: params(), now });
    const byId = new Map(list.json.items.map((item: { id: string; reportingFigures: unknown }) => [item.id, item.reportingFigures]));
    expect(byId.get(ids.dollar)).toEqual(reporting);
    expect(byId.get(ids.shop)).toBeNull();
  });
});
