// Benchmark (not a test): evaluations per second of a 120-month definition with 50 items
// in all three scenarios, with actuals for part of the months. Run: npm run bench:engine
import { evaluateDefinition, parseDefinition, type InvestmentDefinitionInput } from "../lib/roi/index";

const HORIZON = 120;
const DURATION_MS = 3000;

// Deterministic pseudo-random numbers so every run measures the same work.
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function buildDefinition(): InvestmentDefinitionInput {
  const random = createRandom(42);
  const pick = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const costs: InvestmentDefinitionInput["costs"] = [];
  const benefits: InvestmentDefinitionInput["benefits"] = [];
  for (let i = 0; i < 25; i++) {
    const from = pick(1, 60);
    const to = pick(from, HORIZON);
    const kind = i % 3;
    if (kind === 0) costs.push({ kind: "oneTime", label: `Setup ${i}`, amount: `${pick(500, 20000)}.${pick(10, 99)}`, month: from });
    else if (kind === 1) costs.push({ kind: "recurring", label: `Licence ${i}`, monthly: pick(50, 2000), fromMonth: from, toMonth: to });
    else costs.push({ kind: "internalTime", label: `Team ${i}`, hoursPerMonth: pick(2, 40), hourlyRate: "62.50", fromMonth: from, toMonth: to });
  }
  for (let i = 0; i < 25; i++) {
    const from = pick(1, 48);
    const to = pick(from, HORIZON);
    const rampMonths = pick(0, 12);
    const kind = i % 4;
    if (kind === 0) benefits.push({ kind: "fixed", label: `Saving ${i}`, monthly: pick(100, 3000), fromMonth: from, toMonth: to, rampMonths });
    else if (kind === 1) benefits.push({ kind: "revenueUplift", label: `Revenue ${i}`, baseMonthlyRevenue: pick(10000, 200000), upliftPct: "2.5", marginPct: 35, fromMonth: from, rampMonths });
    else if (kind === 2) benefits.push({ kind: "timeSaving", label: `Time ${i}`, minutesPerUnit: 15, unitsPerMonth: pick(10, 200), hourlyRate: 55, fromMonth: from, rampMonths });
    else benefits.push({ kind: "conversionUplift", label: `Conversion ${i}`, visitorsPerMonth: pick(1000, 50000), baselineRatePct: "1.8", targetRatePct: "2.3", orderValue: 80, marginPct: 40, fromMonth: from, toMonth: to, rampMonths });
  }
  const actuals = Array.from({ length: 30 }, (_, i) => ({ month: i + 1, cost: pick(1000, 30000), benefit: pick(0, 40000) }));
  return {
    name: "Benchmark portfolio item",
    currency: "EUR",
    startMonth: "2026-01",
    horizonMonths: HORIZON,
    costs,
    benefits,
    kpis: [{ name: "Conversion rate", unit: "%", baseline: 1.8, direction: "up", measurements: [{ month: 30, value: 2.0 }] }],
    actuals,
    asOfMonth: 36,
  };
}

function measure(label: string, run: () => void): void {
  for (let i = 0; i < 50; i++) run(); // warm up the JIT
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < DURATION_MS) {
    run();
    count++;
    elapsed = performance.now() - start;
  }
  const perSecond = Math.round((count / elapsed) * 1000);
  console.log(`${label}: ${perSecond.toLocaleString("en-US")} evaluations/s (${count} in ${(elapsed / 1000).toFixed(1)} s)`);
}

const input = buildDefinition();
const parsed = parseDefinition(input);
if (!parsed.ok) {
  console.error(parsed.errors);
  process.exit(1);
}
const definition = parsed.definition;
console.log(`Definition: ${HORIZON} months, ${definition.costs.length + definition.benefits.length} items, ${definition.actuals.length} months of actuals, 3 scenarios`);
measure("evaluate (parsed definition)", () => void evaluateDefinition(definition, { today: "2026-11-25" }));
measure("parse + evaluate (raw JSON)", () => {
  const again = parseDefinition(input);
  if (again.ok) evaluateDefinition(again.definition, { today: "2026-11-25" });
});
