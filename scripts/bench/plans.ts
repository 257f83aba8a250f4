// Pseudo-random but reproducible (fixed seed) investments for `npm run bench:dashboard`:
// a valid format v1 plan of 3–6 items, its planned monthly cost and benefit (plain floats:
// actuals only need to lie near the plan) and how its actuals deviate from it.
import { buildPlanDefinition, validatePlan } from "@/lib/investments/definition";
import { CATEGORIES, type InvestmentCategory } from "@/lib/investments/schemas";

/** Mulberry32: small, fast and the same sequence on every run for a given seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, items: readonly T[]) => items[Math.floor(r() * items.length)];

type Item = Record<string, string | number>;
type Built = { item: Item; monthly: (month: number) => number };

function costItem(r: Random, horizon: number, index: number): Built {
  const kind = pick(r, ["oneTime", "recurring", "internalTime"] as const);
  if (kind === "oneTime") {
    const amount = int(r, 20, 400) * 250;
    const month = int(r, 1, 3);
    return {
      item: { kind, label: `Implementation ${index}`, amount, month },
      monthly: (m) => (m === month ? amount : 0),
    };
  }
  if (kind === "recurring") {
    const monthly = int(r, 4, 120) * 25;
    return { item: { kind, label: `Licence ${index}`, monthly }, monthly: () => monthly };
  }
  const hoursPerMonth = int(r, 4, 40);
  const hourlyRate = int(r, 45, 95);
  const toMonth = Math.min(horizon, int(r, 3, 24));
  return {
    item: { kind, label: `Team time ${index}`, hoursPerMonth, hourlyRate, fromMonth: 1, toMonth },
    monthly: (m) => (m <= toMonth ? hoursPerMonth * hourlyRate : 0),
  };
}

function benefitItem(r: Random, horizon: number, index: number): Built {
  const kind = pick(r, ["fixed", "revenueUplift", "timeSaving", "conversionUplift"] as const);
  const fromMonth = int(r, 1, Math.min(6, horizon));
  const rampMonths = int(r, 0, 6);
  const withRamp = (full: number) => (m: number) =>
    m < fromMonth ? 0 : m - fromMonth >= rampMonths ? full : (full * (m - fromMonth + 1)) / (rampMonths + 1);
  const span = { fromMonth, rampMonths };
  if (kind === "fixed") {
    const monthly = int(r, 10, 120) * 50;
    return { item: { kind, label: `Saved fees ${index}`, ...span, monthly }, monthly: withRamp(monthly) };
  }
  if (kind === "revenueUplift") {
    const baseMonthlyRevenue = int(r, 20, 200) * 1000;
    const upliftPct = int(r, 2, 12);
    const marginPct = int(r, 20, 50);
    return {
      item: { kind, label: `Repeat purchases ${index}`, ...span, baseMonthlyRevenue, upliftPct, marginPct },
      monthly: withRamp((baseMonthlyRevenue * upliftPct * marginPct) / 10_000),
    };
  }
  if (kind === "timeSaving") {
    const minutesPerUnit = int(r, 5, 30);
    const unitsPerMonth = int(r, 50, 600);
    const hourlyRate = int(r, 40, 85);
    return {
      item: { kind, label: `Intake time ${index}`, ...span, minutesPerUnit, unitsPerMonth, hourlyRate },
      monthly: withRamp((minutesPerUnit * unitsPerMonth * hourlyRate) / 60),
    };
  }
  const visitorsPerMonth = int(r, 2, 60) * 1000;
  const baselineRatePct = int(r, 10, 30) / 10;
  const targetRatePct = baselineRatePct + int(r, 2, 15) / 10;
  const orderValue = int(r, 30, 150);
  const marginPct = int(r, 20, 50);
  return {
    item: {
      kind,
      label: `Landing page ${index}`,
      ...span,
      visitorsPerMonth,
      baselineRatePct,
      targetRatePct: Number(targetRatePct.toFixed(1)),
      orderValue,
      marginPct,
    },
    monthly: withRamp(
      (visitorsPerMonth * (Number(targetRatePct.toFixed(1)) - baselineRatePct) * orderValue * marginPct) / 10_000,
    ),
  };
}

export type KpiSeed = {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: "up" | "down";
  measurements: { month: number; value: number }[];
};

export type InvestmentSeed = {
  id: string;
  planVersionId: string;
  workspaceId: string;
  name: string;
  category: InvestmentCategory;
  status: "approved" | "active";
  currency: string;
  startMonth: string;
  horizonMonths: number;
  /** Months 1..actualMonths have actuals. */
  actualMonths: number;
  plan: unknown;
  definition: unknown;
  plannedCost: number[];
  plannedBenefit: number[];
  /** Actuals = plan × factor × noise; from `shortfallFrom` on the benefit factor is `shortfallFactor` (a leak). */
  costFactor: number;
  benefitFactor: number;
  shortfallFrom: number;
  shortfallFactor: number;
  kpi: KpiSeed | null;
};

export type InvestmentShape = {
  id: string;
  planVersionId: string;
  workspaceId: string;
  index: number;
  startMonth: string;
  horizonMonths: number;
  actualMonths: number;
  currency: string;
};

const NAMES = [
  "CRM rollout",
  "Loyalty app",
  "AI lead scoring",
  "Chatbot",
  "Webshop revamp",
  "Route planning",
  "Self-service portal",
  "Invoice automation",
  "Email journeys",
  "Pricing engine",
];

/** One investment with a valid v1 plan; throws if the engine's schema would refuse it. */
export function generateInvestment(r: Random, shape: InvestmentShape): InvestmentSeed {
  const items = int(r, 3, 6);
  const costs = int(r, 1, items - 1);
  const built = [
    ...Array.from({ length: costs }, (_, i) => ({ cost: true, ...costItem(r, shape.horizonMonths, i + 1) })),
    ...Array.from({ length: items - costs }, (_, i) => ({
      cost: false,
      ...benefitItem(r, shape.horizonMonths, i + 1),
    })),
  ];
  const name = `${pick(r, NAMES)} #${shape.index + 1}`;
  const header = { name, currency: shape.currency, startMonth: shape.startMonth, horizonMonths: shape.horizonMonths };
  const validation = validatePlan(header, {
    costs: built.filter((b) => b.cost).map((b) => b.item),
    benefits: built.filter((b) => !b.cost).map((b) => b.item),
    scenarios: { conservative: 0.8, expected: 1, optimistic: 1.2 },
  });
  if (!validation.ok) throw new Error(`Generated plan "${name}" is invalid: ${JSON.stringify(validation.errors)}`);
  const months = Array.from({ length: shape.horizonMonths }, (_, i) => i + 1);
  const plannedCost = months.map((m) => round2(built.filter((b) => b.cost).reduce((sum, b) => sum + b.monthly(m), 0)));
  const plannedBenefit = months.map((m) =>
    round2(built.filter((b) => !b.cost).reduce((sum, b) => sum + b.monthly(m), 0)),
  );
  // About one in four falls short from some month on, one in ten overruns its costs.
  const fallsShort = r() < 0.25;
  const kpi = r() < 0.35 ? generateKpi(r, shape.actualMonths) : null;
  return {
    ...shape,
    name,
    category: pick(r, CATEGORIES),
    status: r() < 0.85 ? "active" : "approved",
    plan: validation.plan,
    definition: buildPlanDefinition(header, validation.plan as never),
    plannedCost,
    plannedBenefit,
    costFactor: r() < 0.1 ? 1.15 + r() * 0.2 : 0.95 + r() * 0.1,
    benefitFactor: 0.9 + r() * 0.2,
    shortfallFrom: fallsShort ? int(r, 1, Math.max(1, shape.actualMonths - 3)) : shape.actualMonths + 1,
    shortfallFactor: 0.4 + r() * 0.3,
    kpi,
  };
}

function generateKpi(r: Random, actualMonths: number): KpiSeed {
  const up = r() < 0.7;
  const baseline = int(r, 20, 200);
  const target = up ? baseline * 1.3 : baseline * 0.7;
  // Some KPIs end on the wrong side of the baseline: KPI_REGRESSION leaks.
  const regresses = r() < 0.3;
  const measurements = [];
  for (let month = 3; month <= actualMonths; month += 3) {
    const progress = month / actualMonths;
    const good = baseline + (target - baseline) * progress * (0.6 + r() * 0.6);
    const value = regresses && month + 3 > actualMonths ? baseline - (target - baseline) * 0.2 : good;
    measurements.push({ month, value: round2(value) });
  }
  return {
    name: up ? "Repeat customers" : "Handling time",
    unit: up ? "%" : "min",
    baseline,
    target: round2(target),
    direction: up ? "up" : "down",
    measurements,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
