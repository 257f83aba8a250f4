import type { Tx } from "@/lib/db/client";
import { buildPlanDefinition, validatePlan } from "@/lib/investments/definition";
import { currentPeriod, monthNumberOf, periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { Dec, evaluateDefinition, parseDefinition } from "@/lib/roi";
import { DEMO_INVESTMENTS, type DemoInvestment } from "./demo-investments";

type Author = { id: string; name: string };

/** Creates one demo investment with its approved plan (v1), KPIs, measurements and actuals. */
async function seedInvestment(tx: Tx, demo: DemoInvestment, workspaceId: string, author: Author, today: Date) {
  const now = currentPeriod(today);
  const startMonth = periodOfMonthNumber(now, 1 - demo.startMonthsAgo);
  const currency = demo.currency ?? "EUR";
  const header = { name: demo.name, currency, startMonth, horizonMonths: demo.horizonMonths };
  const validation = validatePlan(header, demo.plan);
  if (!validation.ok) throw new Error(`Demo plan "${demo.name}" is invalid: ${JSON.stringify(validation.errors)}`);
  const definition = buildPlanDefinition(header, validation.plan as never);
  const parsed = parseDefinition(definition);
  if (!parsed.ok) throw new Error(`Demo definition "${demo.name}" is invalid`);
  const forecast = evaluateDefinition(parsed.definition, { today, active: false }).scenarios.expected!.months;

  const investment = await tx.investment.create({
    data: {
      workspaceId,
      name: demo.name,
      description: demo.description,
      category: demo.category,
      ownerName: demo.ownerName,
      startMonth: periodToDate(startMonth),
      horizonMonths: demo.horizonMonths,
      currency,
      status: demo.status,
      plan: validation.plan,
      createdById: author.id,
    },
  });
  const version = await tx.planVersion.create({
    data: {
      workspaceId,
      investmentId: investment.id,
      version: 1,
      definition: JSON.parse(JSON.stringify(definition)),
      reason: "Plan approved",
      createdById: author.id,
      createdByName: author.name,
    },
  });
  for (const [position, kpi] of demo.kpis.entries()) {
    await tx.kpi.create({
      data: {
        workspaceId,
        investmentId: investment.id,
        name: kpi.name,
        unit: kpi.unit,
        baseline: kpi.baseline,
        baselineDate: kpi.baseline === null ? null : periodToDate(periodOfMonthNumber(startMonth, 0)),
        target: kpi.target,
        direction: kpi.direction,
        position,
        measurements: {
          create: kpi.measurements.map(([month, value]) => ({ workspaceId, month: periodToDate(periodOfMonthNumber(startMonth, month)), value })),
        },
      },
    });
  }
  const lastPast = monthNumberOf(startMonth, now) - 1;
  await tx.actualMonth.createMany({
    data: demo.actuals.months
      .filter((month) => month <= lastPast)
      .map((month) => ({
        workspaceId,
        investmentId: investment.id,
        month: periodToDate(periodOfMonthNumber(startMonth, month)),
        cost: new Dec(forecast[month - 1].cost).times(demo.actuals.costFactor(month)).toFixed(2),
        benefit: new Dec(forecast[month - 1].benefit).times(demo.actuals.benefitFactor(month)).toFixed(2),
        planVersionId: version.id,
        recordedById: author.id,
        recordedByName: author.name,
      })),
  });
}

export async function seedDemoInvestments(tx: Tx, options: { workspaces: Record<string, string>; author: Author; today: Date }) {
  for (const demo of DEMO_INVESTMENTS) {
    const workspaceId = options.workspaces[demo.workspace];
    if (workspaceId) await seedInvestment(tx, demo, workspaceId, options.author, options.today);
  }
}

/**
 * The translation agency's EUR→USD rates (1 EUR = rate USD, the ECB's way), one per month
 * from twelve months ago up to last month: every recorded dollar month converts at its own
 * month's rate; later forecasts use the latest one (and say so). Realistic monthly
 * averages, entered as the demo's own table.
 */
export const DEMO_USD_RATES = ["1.0905", "1.0479", "1.0354", "1.0413", "1.0807", "1.1214", "1.1278", "1.1520", "1.1677", "1.1641", "1.1732", "1.1634"];

export async function seedDemoRates(tx: Tx, options: { workspaceId: string; author: Author; today: Date }) {
  const now = currentPeriod(options.today);
  await tx.exchangeRate.createMany({
    data: DEMO_USD_RATES.map((rate, i) => ({
      workspaceId: options.workspaceId,
      fromCurrency: "EUR",
      toCurrency: "USD",
      month: periodToDate(periodOfMonthNumber(now, i + 1 - DEMO_USD_RATES.length)),
      rate,
      source: "manual",
      sourceDetail: "demo",
      enteredById: options.author.id,
      enteredByName: options.author.name,
    })),
  });
}
