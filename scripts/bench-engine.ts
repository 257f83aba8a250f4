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

type CostInput = NonNullable<InvestmentDefinitionInput["costs"]>[number];
type BenefitInput = NonNullable<InvestmentDefinitionInput["benefits"]>[number];

function buildDefinition(): InvestmentDefinitionInput {
  const random = createRandom(42);
  const pick = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const costKinds: ((i: number, fromMonth: number, toMonth: number) => CostInput)[] = [
    (i, month) => ({ kind: "oneTime", label: `Setup ${i}`, amount: `${pick(500, 20000)}.${pick(10, 99)}`, month }),
    (i, fromMonth, toMonth) => ({
      kind: "recurring",
      label: `Licence ${i}`,
      monthly: pick(50, 2000),
      fromMonth,
      toMonth,
    }),
    (i, fromMonth, toMonth) => ({
      kind: "internalTime",
      label: `Team ${i}`,
      hoursPerMonth: pick(2, 40),
      hourlyRate: "62.50",
      fromMonth,
      toMonth,
    }),
  ];
  const benefitKinds: ((i: number, fromMonth: number, toMonth: number, rampMonths: number) => BenefitInput)[] = [
    (i, fromMonth, toMonth, rampMonths) => ({
      kind: "fixed",
      label: `Saving ${i}`,
      monthly: pick(100, 3000),
      fromMonth,
      toMonth,
      rampMonths,
    }),
    (i, fromMonth, _to, rampMonths) => ({
      kind: "revenueUplift",
      label: `Revenue ${i}`,
      baseMonthlyRevenue: pick(10000, 200000),
      upliftPct: "2.5",
      marginPct: 35,
      fromMonth,
      rampMonths,
    }),
    (i, fromMonth, _to, rampMonths) => ({
      kind: "timeSaving",
      label: `Time ${i}`,
      minutesPerUnit: 15,
      unitsPerMonth: pick(10, 200),
      hourlyRate: 55,
      fromMonth,
      rampMonths,
    }),
    (i, fromMonth, toMonth, rampMonths) => ({
      kind: "conversionUplift",
      label: `Conversion ${i}`,
      visitorsPerMonth: pick(1000, 50000),
      baselineRatePct: "1.8",
      targetRatePct: "2.3",
      orderValue: 80,
      marginPct: 40,
      fromMonth,
      toMonth,
      rampMonths,
    }),
  ];
  const costs = Array.from({ length: 25 }, (_, i) => {
    const from = pick(1, 60);
    return costKinds[i % costKinds.length](i, from, pick(from, HORIZON));
  });
  const benefits = Array.from({ length: 25 }, (_, i) => {
    const from = pick(1, 48);
    return benefitKinds[i % benefitKinds.length](i, from, pick(from, HORIZON), pick(0, 12));
  });
  const actuals = Array.from({ length: 30 }, (_, i) => ({
    month: i + 1,
    cost: pick(1000, 30000),
    benefit: pick(0, 40000),
  }));
  return {
    name: "Benchmark portfolio item",
    currency: "EUR",
    startMonth: "2026-01",
    horizonMonths: HORIZON,
    costs,
    benefits,
    kpis: [
      { name: "Conversion rate", unit: "%", baseline: 1.8, direction: "up", measurements: [{ month: 30, value: 2.0 }] },
    ],
    actuals,
    asOfMonth: 36,
  };
}

function measure(label: string, run: () => void): void {
  for (let i = 0; i < 50; i++) run(); // warm up the JIT
  let count = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < DURATION_MS) {
    run();
    count++;
    elapsed = performance.now() - start;
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perSecond = Math.round((count / elapsed) * 1000);
  // CPU time shows the cost on one core even when other processes compete for it.
  const perCpuSecond = Math.round((count / cpuMs) * 1000);
  console.log(
    `${label}: ${perSecond.toLocaleString("en-US")} evaluations/s ` +
      `(${count} in ${(elapsed / 1000).toFixed(1)} s; ${perCpuSecond.toLocaleString("en-US")} per CPU-second)`,
  );
}

const input = buildDefinition();
const parsed = parseDefinition(input);
if (!parsed.ok) {
  console.error(parsed.errors);
  process.exit(1);
}
const definition = parsed.definition;
console.log(
  `Definition: ${HORIZON} months, ${definition.costs.length + definition.benefits.length} items, ${definition.actuals.length} months of actuals, 3 scenarios`,
);
measure("evaluate (parsed definition)", () => void evaluateDefinition(definition, { today: "2026-11-25" }));
measure("parse + evaluate (raw JSON)", () => {
  const again = parseDefinition(input);
  if (again.ok) evaluateDefinition(again.definition, { today: "2026-11-25" });
});
