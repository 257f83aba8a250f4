import type { InvestmentCategory, PlanDocument } from "./schemas";

export type StarterTemplate = { id: string; category: InvestmentCategory; horizonMonths: number; plan: PlanDocument };

// Starting points for the guided forms; every number is an example the user edits.
export const STARTER_TEMPLATES: StarterTemplate[] = [
  {
    // Seed 001: 2,500 customers, 80% participation, 10% growth, 30% margin, 1% kickback, 70% redeemed.
    id: "loyalty",
    category: "loyalty",
    horizonMonths: 36,
    plan: {
      template: "loyaltyProgram",
      inputs: {
        customers: 2500,
        participationPct: 80,
        annualRevenue: 50000000,
        growthPct: 10,
        marginPct: 30,
        kickbackPct: 1,
        redemptionPct: 70,
        oneTimeInvestment: 250000,
        capitalizeYears: 3,
        annualMarketing: 100000,
      },
      costs: [],
      benefits: [],
    },
  },
  {
    id: "customerAcquisition",
    category: "acquisition",
    horizonMonths: 12,
    plan: { template: "customerAcquisition", inputs: { cac: 200, ltv: 1000, targetRatio: 3, customersPerMonth: 20 }, costs: [], benefits: [] },
  },
  {
    // Seed 003: the cost lines of an AI marketing stack, and its typical benefits.
    id: "aiMarketingTool",
    category: "ai_automation",
    horizonMonths: 24,
    plan: {
      costs: [
        { kind: "recurring", label: "AI marketing tools (software)", monthly: 500 },
        { kind: "oneTime", label: "Implementation / setup", amount: 8000, month: 1 },
        { kind: "oneTime", label: "Team training", amount: 1500, month: 1 },
        { kind: "recurring", label: "API usage", monthly: 200 },
        { kind: "oneTime", label: "Data clean-up", amount: 2500, month: 1 },
        { kind: "internalTime", label: "Internal time", hoursPerMonth: 20, hourlyRate: 60, fromMonth: 1, toMonth: 3 },
      ],
      benefits: [
        { kind: "timeSaving", label: "Hours saved on content", minutesPerUnit: 60, unitsPerMonth: 40, hourlyRate: 60, fromMonth: 2, rampMonths: 3 },
        { kind: "revenueUplift", label: "Extra conversions", baseMonthlyRevenue: 60000, upliftPct: 5, marginPct: 35, fromMonth: 3, rampMonths: 6 },
      ],
    },
  },
  {
    id: "processAutomation",
    category: "process",
    horizonMonths: 24,
    plan: {
      costs: [
        { kind: "oneTime", label: "Build the automation", amount: 6000, month: 1 },
        { kind: "recurring", label: "Platform licence", monthly: 150 },
      ],
      // 15 minutes × 80 customers a month = 20 hours.
      benefits: [{ kind: "timeSaving", label: "Intake form", minutesPerUnit: 15, unitsPerMonth: 80, hourlyRate: 60, fromMonth: 2, rampMonths: 1 }],
    },
  },
  {
    id: "landingPage",
    category: "customer_experience",
    horizonMonths: 12,
    plan: {
      costs: [{ kind: "oneTime", label: "Design and build", amount: 7500, month: 1 }],
      benefits: [
        {
          kind: "conversionUplift",
          label: "Landing page",
          visitorsPerMonth: 10000,
          baselineRatePct: 1.8,
          targetRatePct: 2.9,
          orderValue: 80,
          marginPct: 40,
          fromMonth: 2,
          rampMonths: 2,
        },
      ],
    },
  },
  { id: "blank", category: "other", horizonMonths: 24, plan: { costs: [], benefits: [] } },
];

export const findStarterTemplate = (id: string | undefined) => STARTER_TEMPLATES.find((t) => t.id === id);
