// The demo's investments: the seeds' examples with approved plans, baselines and
// 12–18 months of actuals, shaped so that several value leaks show up on purpose.
import type { PlanDocument } from "@/lib/investments/schemas";

export type DemoKpi = {
  name: string;
  unit: string;
  baseline: string | null;
  target: string | null;
  direction: "up" | "down";
  /** Measurements as [monthsAfterStart, value]; 1 = the start month. */
  measurements: [number, string][];
};

export type DemoInvestment = {
  workspace: string;
  name: string;
  description: string;
  category: "acquisition" | "loyalty" | "ai_automation" | "customer_experience" | "process" | "product" | "other";
  ownerName: string;
  /** The start month, counted back from the current month. */
  startMonthsAgo: number;
  horizonMonths: number;
  status: "active" | "approved";
  /** The investment's own currency (default EUR). */
  currency?: "EUR" | "USD";
  plan: PlanDocument;
  kpis: DemoKpi[];
  /** Recorded months (1-based) and how actuals relate to the forecast of that month. */
  actuals: { months: number[]; costFactor: (month: number) => string; benefitFactor: (month: number) => string };
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const DEMO_INVESTMENTS: DemoInvestment[] = [
  {
    workspace: "bakkerij-de-vries",
    name: "Spaarprogramma vaste klanten",
    description: "Spaarpunten voor vaste klanten (de vijf stappen van de spaarprogramma-rekentool).",
    category: "loyalty",
    ownerName: "Marieke de Vries",
    startMonthsAgo: 16,
    horizonMonths: 36,
    status: "active",
    plan: {
      template: "loyaltyProgram",
      inputs: {
        customers: 2500,
        participationPct: 80,
        annualRevenue: 1200000,
        growthPct: 10,
        marginPct: 30,
        kickbackPct: 1,
        redemptionPct: 70,
        oneTimeInvestment: 18000,
        capitalizeYears: 3,
        annualMarketing: 6000,
      },
      costs: [],
      benefits: [],
    },
    kpis: [
      {
        name: "Aankopen per deelnemer per maand",
        unit: "",
        baseline: "2.1",
        target: "2.4",
        direction: "up",
        measurements: [[3, "2.2"], [6, "2.3"], [9, "2.35"], [12, "2.4"], [15, "2.42"]],
      },
    ],
    actuals: { months: range(1, 16), costFactor: () => "1.02", benefitFactor: (m) => (m < 4 ? "0.9" : "1.04") },
  },
  {
    workspace: "bakkerij-de-vries",
    name: "AI-marketingtool",
    description: "AI voor social posts en nieuwsbrieven; kosten en baten zoals in het MKB-voorbeeld (397%).",
    category: "ai_automation",
    ownerName: "Demi de Consultant",
    startMonthsAgo: 14,
    horizonMonths: 24,
    status: "active",
    plan: {
      costs: [
        // Ranges (format v1 multipliers) give the demo a probability of payback; they change no forecast figure.
        { kind: "recurring", label: "AI marketing tools (software)", monthly: 450, range: { low: 1, high: 1.15 } },
        { kind: "oneTime", label: "Implementatie / setup", amount: 4500, month: 1 },
        { kind: "oneTime", label: "Training team", amount: 1200, month: 1 },
        { kind: "recurring", label: "API-kosten", monthly: 120 },
        { kind: "oneTime", label: "Data-opschoning", amount: 1500, month: 1 },
        { kind: "internalTime", label: "Interne tijd", hoursPerMonth: 12, hourlyRate: 55, fromMonth: 1, toMonth: 3 },
      ],
      benefits: [
        { kind: "timeSaving", label: "Content in minder tijd", minutesPerUnit: 90, unitsPerMonth: 30, hourlyRate: 55, fromMonth: 2, rampMonths: 2, range: { low: 0.7, high: 1.2 } },
        { kind: "revenueUplift", label: "Extra bestellingen", baseMonthlyRevenue: 90000, upliftPct: 6, marginPct: 35, fromMonth: 3, rampMonths: 5, range: { low: 0.4, high: 1.3 } },
      ],
    },
    kpis: [
      {
        name: "Conversieratio webshop",
        unit: "%",
        baseline: "1.8",
        target: "2.9",
        direction: "up",
        measurements: [[3, "1.9"], [6, "1.85"], [9, "1.7"], [12, "1.6"]],
      },
    ],
    actuals: { months: range(1, 14), costFactor: () => "1", benefitFactor: (m) => (m < 3 ? "1" : "0.55") },
  },
  {
    workspace: "bakkerij-de-vries",
    name: "Online bestelformulier",
    description: "Bestellingen via een formulier in plaats van telefoon: 15 minuten × 80 klanten = 20 uur per maand.",
    category: "process",
    ownerName: "Sanne Bakker",
    startMonthsAgo: 13,
    horizonMonths: 24,
    status: "active",
    plan: {
      costs: [
        { kind: "oneTime", label: "Bouw formulier en koppeling", amount: 5500, month: 1, range: { low: 0.9, high: 1.4 } },
        { kind: "recurring", label: "Platformlicentie", monthly: 95 },
      ],
      benefits: [{ kind: "timeSaving", label: "Intake per telefoon vervalt", minutesPerUnit: 15, unitsPerMonth: 80, hourlyRate: 45, fromMonth: 2, rampMonths: 1, range: { low: 0.75, high: 1.1 } }],
    },
    kpis: [],
    // Months 6 and 7 were never recorded.
    actuals: { months: [...range(1, 5), ...range(8, 13)], costFactor: () => "1", benefitFactor: () => "0.97" },
  },
  {
    workspace: "fietsenwinkel-jansen",
    name: "Google Ads voor e-bikes",
    description: "Nieuwe klanten via Google Ads: CAC €200, LTV €1.000 (ROI per klant 400%).",
    category: "acquisition",
    ownerName: "Peter Jansen",
    startMonthsAgo: 15,
    horizonMonths: 18,
    status: "active",
    plan: { template: "customerAcquisition", inputs: { cac: 200, ltv: 1000, targetRatio: 3, customersPerMonth: 12 }, costs: [], benefits: [] },
    kpis: [{ name: "CAC", unit: "€", baseline: "260", target: "200", direction: "down", measurements: [[4, "240"], [8, "285"], [12, "310"]] }],
    actuals: { months: range(1, 15), costFactor: (m) => (m < 5 ? "1.05" : "1.35"), benefitFactor: (m) => (m < 5 ? "1" : "0.9") },
  },
  {
    workspace: "fietsenwinkel-jansen",
    name: "Nieuwe landingspagina",
    description: "Landingspagina voor onderhoudsabonnementen: 10.000 bezoekers, conversie van 1,8% naar 2,9%.",
    category: "customer_experience",
    ownerName: "Peter Jansen",
    startMonthsAgo: 12,
    horizonMonths: 18,
    status: "active",
    plan: {
      costs: [
        { kind: "oneTime", label: "Ontwerp en bouw", amount: 7500, month: 1 },
        { kind: "recurring", label: "Hosting en A/B-testtool", monthly: 180 },
      ],
      benefits: [
        { kind: "conversionUplift", label: "Hogere conversie", visitorsPerMonth: 10000, baselineRatePct: 1.8, targetRatePct: 2.9, orderValue: 80, marginPct: 40, fromMonth: 2, rampMonths: 2, range: { low: 0.5, high: 1.2 } },
      ],
      // Its own rate (the bike shop's financing costs more than the default 8%): the page says "set in this plan".
      discountRatePct: 10,
    },
    kpis: [{ name: "Conversieratio", unit: "%", baseline: "1.8", target: "2.9", direction: "up", measurements: [[3, "1.9"], [7, "1.85"]] }],
    actuals: { months: range(1, 12), costFactor: () => "1", benefitFactor: (m) => (m < 6 ? "0.3" : "0") },
  },
  {
    workspace: "webshop-noord",
    name: "Abandoned-cart e-mails",
    description: "Automated reminders for abandoned carts.",
    category: "customer_experience",
    ownerName: "Noor Visser",
    startMonthsAgo: 12,
    horizonMonths: 24,
    status: "active",
    plan: {
      costs: [
        { kind: "oneTime", label: "Set-up", amount: 3000, month: 1 },
        { kind: "recurring", label: "E-mail platform", monthly: 150 },
      ],
      benefits: [{ kind: "revenueUplift", label: "Recovered carts", baseMonthlyRevenue: 160000, upliftPct: 2, marginPct: 30, fromMonth: 2, rampMonths: 2 }],
    },
    kpis: [{ name: "Cart recovery rate", unit: "%", baseline: "4", target: "9", direction: "up", measurements: [[3, "6"], [6, "8"], [9, "9.5"]] }],
    actuals: { months: range(1, 12), costFactor: () => "1", benefitFactor: () => "1.1" },
  },
  {
    workspace: "vertaalbureau-lingua",
    name: "AI-vertaalplatform (in dollars)",
    description: "Een Amerikaans AI-vertaalplatform, gefactureerd in dollars: opzet en licentie in USD, de tijdwinst van de vertalers ook in USD gewaardeerd.",
    category: "ai_automation",
    ownerName: "Lotte Bakker",
    startMonthsAgo: 12,
    horizonMonths: 24,
    status: "active",
    currency: "USD",
    plan: {
      costs: [
        { kind: "oneTime", label: "Implementation (USD)", amount: 12000, month: 1 },
        { kind: "recurring", label: "Licence, 12 seats (USD)", monthly: 890 },
      ],
      benefits: [{ kind: "timeSaving", label: "Less post-editing per document", minutesPerUnit: 20, unitsPerMonth: 300, hourlyRate: 55, fromMonth: 2, rampMonths: 2, range: { low: 0.7, high: 1.15 } }],
    },
    kpis: [],
    actuals: { months: range(1, 12), costFactor: () => "1", benefitFactor: () => "1.03" },
  },
  {
    workspace: "vertaalbureau-lingua",
    name: "Klantportaal voor offertes",
    description: "Klanten vragen offertes aan via een portaal in plaats van per e-mail.",
    category: "process",
    ownerName: "Lotte Bakker",
    startMonthsAgo: 11,
    horizonMonths: 24,
    status: "active",
    plan: {
      costs: [
        { kind: "oneTime", label: "Bouw portaal", amount: 9000, month: 1 },
        { kind: "recurring", label: "Hosting", monthly: 120 },
      ],
      benefits: [{ kind: "timeSaving", label: "Minder offertewerk", minutesPerUnit: 30, unitsPerMonth: 60, hourlyRate: 48, fromMonth: 2, rampMonths: 1 }],
    },
    kpis: [],
    actuals: { months: range(1, 11), costFactor: () => "1", benefitFactor: () => "1" },
  },
];
