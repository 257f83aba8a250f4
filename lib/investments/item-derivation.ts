import { Dec, LOYALTY_FORMULAS } from "@/lib/roi";
import { toEngineDecimal } from "./plan-draft";

// The intermediate figures behind a plan item or the loyalty template, from what the user
// typed (either decimal notation), so the editor can show "15 min × 80 ÷ 60 = 20 h a month ×
// € 60 = € 1.200" as they type. The formulas are the engine's (lib/roi/monthly-values.ts and
// LOYALTY_FORMULAS); the figures are the engine's exact decimals (strings), rounded only for display.
// A step whose inputs are missing or unreadable is left out: the engine names the field.


/** How a figure is shown: an amount of money, a percentage, or a plain number (hours, counts, visitors). */
export type FigureUnit = "money" | "pct" | "number";
export type Figure = { value: string; unit: FigureUnit };

/**
 * One line of arithmetic: `key` names its sentence (i18n "itemDerivation.<key>") and
 * `figures` fills it, in the order the sentence reads.
 */
export type DerivationStep = { key: string; figures: Record<string, Figure> };

type Fields = Record<string, unknown>;

const SIXTY = new Dec(60);
const HUNDRED = new Dec(100);
const TWELVE = new Dec(12);

function read(fields: Fields, key: string, locale: "nl" | "en"): Dec | null {
  const raw = fields[key];
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? toEngineDecimal(raw, locale) : "";
  return /^-?\d{1,20}(\.\d{1,20})?$/.test(text) ? new Dec(text) : null;
}

const money = (value: Dec): Figure => ({ value: value.toFixed(), unit: "money" });
const pct = (value: Dec): Figure => ({ value: value.toFixed(), unit: "pct" });
const number = (value: Dec): Figure => ({ value: value.toFixed(), unit: "number" });
const ofPct = (value: Dec) => value.div(HUNDRED);

/** The steps from what was typed to the item's monthly value (empty for kinds that are a plain amount). */
export function deriveItem(item: Fields, locale: "nl" | "en" = "en"): DerivationStep[] {
  const get = (key: string) => read(item, key, locale);
  switch (item.kind) {
    case "internalTime": {
      const hours = get("hoursPerMonth");
      const rate = get("hourlyRate");
      if (!hours || !rate) return [];
      return [{ key: "internalTime", figures: { hours: number(hours), rate: money(rate), value: money(hours.times(rate)) } }];
    }
    case "timeSaving": {
      const minutes = get("minutesPerUnit");
      const units = get("unitsPerMonth");
      const rate = get("hourlyRate");
      if (!minutes || !units) return [];
      const hours = minutes.times(units).div(SIXTY);
      const steps: DerivationStep[] = [{ key: "timeSavingHours", figures: { minutes: number(minutes), units: number(units), hours: number(hours) } }];
      // Multiplied before dividing, so the value is exact even when the hours are not
      // (7 min × 10 ÷ 60 = 1.1666… h, yet × €45 = €52.50 exactly).
      if (rate) steps.push({ key: "timeSavingValue", figures: { hours: number(hours), rate: money(rate), value: money(minutes.times(units).times(rate).div(SIXTY)) } });
      return steps;
    }
    case "revenueUplift": {
      const base = get("baseMonthlyRevenue");
      const uplift = get("upliftPct");
      if (!base || !uplift) return [];
      const revenue = base.times(ofPct(uplift));
      const steps: DerivationStep[] = [{ key: "revenueUplift", figures: { base: money(base), uplift: pct(uplift), revenue: money(revenue) } }];
      steps.push(marginStep(revenue, get("marginPct")));
      return steps;
    }
    case "conversionUplift": {
      const visitors = get("visitorsPerMonth");
      const baseline = get("baselineRatePct");
      const target = get("targetRatePct");
      if (!visitors || !baseline || !target) return [];
      const orders = visitors.times(ofPct(target.minus(baseline)));
      const steps: DerivationStep[] = [
        { key: "conversionOrders", figures: { visitors: number(visitors), target: pct(target), baseline: pct(baseline), orders: number(orders) } },
      ];
      const orderValue = get("orderValue");
      if (!orderValue) return steps;
      const revenue = orders.times(orderValue);
      steps.push({ key: "conversionRevenue", figures: { orders: number(orders), orderValue: money(orderValue), revenue: money(revenue) } });
      steps.push(marginStep(revenue, get("marginPct")));
      return steps;
    }
    default:
      return [];
  }
}

/** Extra revenue × margin = gross profit; without a margin the revenue itself counts (the engine warns). */
function marginStep(revenue: Dec, margin: Dec | null): DerivationStep {
  if (!margin) return { key: "noMargin", figures: { revenue: money(revenue) } };
  return { key: "margin", figures: { revenue: money(revenue), margin: pct(margin), value: money(revenue.times(ofPct(margin))) } };
}

/**
 * The loyalty calculator's intermediate figures (LOYALTY_FORMULAS, as summariseLoyaltyProgram uses them): participants =
 * customers × participation; participant revenue = yearly revenue × participation; extra gross
 * profit = participant revenue × growth × margin; points cost = participant revenue × (1 + growth)
 * × kickback × redemption; amortisation = one-time investment ÷ years; cost a year = points +
 * marketing + amortisation.
 */
export function deriveLoyaltyProgram(inputs: Fields, locale: "nl" | "en" = "en"): DerivationStep[] {
  const get = (key: string) => read(inputs, key, locale);
  const customers = get("customers");
  const participation = get("participationPct");
  const revenue = get("annualRevenue");
  const growth = get("growthPct");
  const margin = get("marginPct");
  const kickback = get("kickbackPct");
  const redemption = get("redemptionPct");
  const investment = get("oneTimeInvestment");
  const years = get("capitalizeYears");
  const marketing = get("annualMarketing");
  const f = LOYALTY_FORMULAS;
  const steps: DerivationStep[] = [];
  if (customers && participation) {
    steps.push({ key: "loyaltyParticipants", figures: { customers: number(customers), participation: pct(participation), participants: number(f.participants(customers, participation)) } });
  }
  const participantRevenue = revenue && participation ? f.participantRevenue(revenue, participation) : null;
  if (revenue && participation && participantRevenue) {
    steps.push({ key: "loyaltyParticipantRevenue", figures: { revenue: money(revenue), participation: pct(participation), participantRevenue: money(participantRevenue) } });
  }
  const profit = participantRevenue && growth && margin ? f.extraGrossProfitPerYear(participantRevenue, growth, margin) : null;
  if (participantRevenue && growth && margin && profit) {
    steps.push({ key: "loyaltyExtraProfit", figures: { participantRevenue: money(participantRevenue), growth: pct(growth), margin: pct(margin), profit: money(profit) } });
  }
  const points = participantRevenue && growth && kickback && redemption ? f.pointsCostPerYear(participantRevenue, growth, kickback, redemption) : null;
  if (participantRevenue && growth && kickback && redemption && points) {
    steps.push({ key: "loyaltyPointsCost", figures: { participantRevenue: money(participantRevenue), growth: pct(growth), kickback: pct(kickback), redemption: pct(redemption), points: money(points) } });
  }
  const amortisation = investment && years && !years.isZero() ? f.amortisationPerYear(investment, years) : null;
  if (investment && years && amortisation) {
    steps.push({ key: "loyaltyAmortisation", figures: { investment: money(investment), years: number(years), amortisation: money(amortisation) } });
  }
  if (points && marketing && amortisation) {
    const cost = f.costPerYear(points, marketing, amortisation);
    steps.push({ key: "loyaltyCostPerYear", figures: { points: money(points), marketing: money(marketing), amortisation: money(amortisation), cost: money(cost) } });
    if (profit) {
      steps.push({ key: "loyaltyPerMonth", figures: { profit: money(profit.div(TWELVE)), cost: money(cost.div(TWELVE)) } });
    }
  }
  return steps;
}
