import type { z } from "zod";
import { Dec, isDec } from "./decimal";
import { describeIssues, type PathSegment } from "./errors";
import { MAX_HORIZON_MONTHS, MAX_ITEM_MONTH } from "./schema-fields";
import { TEMPLATE_INPUT_SCHEMAS, TEMPLATE_NAMES, type TemplateName } from "./schema-templates";

// These rules relate fields to each other. They run even when other fields are broken
// (so a user sees every problem at once), hence they read the value defensively.

type Issue = { path: PathSegment[]; message: string };
type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isMonth(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_HORIZON_MONTHS;
}

function isItemMonth(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_ITEM_MONTH;
}

function listRecords(value: unknown): [number, Fields][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index): [number, Fields][] => (isRecord(item) ? [[index, item]] : []));
}

function checkSpan(item: Fields, path: PathSegment[], horizon: number | null, issues: Issue[]): void {
  for (const field of ["month", "fromMonth", "toMonth"]) {
    const month = item[field];
    if (horizon !== null && isMonth(month) && month > horizon) {
      issues.push({ path: [...path, field], message: `must be between 1 and ${horizon} (the horizon)` });
    }
  }
  const from = item.fromMonth === undefined ? 1 : item.fromMonth;
  const to = item.toMonth === undefined ? horizon : item.toMonth;
  if (isMonth(from) && isMonth(to) && to < from) {
    const field = item.toMonth === undefined ? "fromMonth" : "toMonth";
    const message =
      field === "toMonth" ? `must not be before fromMonth (${from})` : `must not be after the horizon (${to})`;
    if (!(field === "fromMonth" && horizon !== null && from > horizon))
      issues.push({ path: [...path, field], message });
  }
}

/**
 * A cost's or benefit's span: toMonth not before fromMonth. Months beyond the horizon are
 * allowed and contribute nothing (format v1), so a plan whose horizon is shortened stays valid;
 * the engine warns about them (BEYOND_HORIZON).
 */
function checkItemSpan(item: Fields, path: PathSegment[], issues: Issue[]): void {
  const { fromMonth: from, toMonth: to } = item;
  if (isItemMonth(to) && isItemMonth(from ?? 1) && to < ((from as number | undefined) ?? 1)) {
    issues.push({ path: [...path, "toMonth"], message: `must not be before fromMonth (${(from as number | undefined) ?? 1})` });
  }
}

/** A range is low ≤ 1 ≤ high: the item's own value is the most likely one. */
function checkRange(item: Fields, path: PathSegment[], issues: Issue[]): void {
  const range = item.range;
  if (!isRecord(range)) return;
  const { low, high } = range;
  if (isDec(low) && low.gt(1)) {
    issues.push({ path: [...path, "range", "low"], message: "must be at most 1 (the item's own value is the most likely one)" });
  }
  if (isDec(high) && high.lt(1)) {
    issues.push({ path: [...path, "range", "high"], message: "must be at least 1 (the item's own value is the most likely one)" });
  }
}

function checkUniqueMonths(list: unknown, path: PathSegment[], horizon: number | null, issues: Issue[]): void {
  const seen = new Map<number, number>();
  for (const [index, item] of listRecords(list)) {
    checkSpan(item, [...path, index], horizon, issues);
    const month = item.month;
    if (!isMonth(month)) continue;
    const earlier = seen.get(month);
    if (earlier !== undefined) {
      issues.push({
        path: [...path, index, "month"],
        message: `duplicate month ${month} (also in ${[...path, earlier].join(".")})`,
      });
    } else seen.set(month, index);
  }
}

function checkConversionRates(item: Fields, path: PathSegment[], issues: Issue[]): void {
  const { baselineRatePct: baseline, targetRatePct: target } = item;
  if (item.kind === "conversionUplift" && isDec(baseline) && isDec(target) && target.lt(baseline)) {
    issues.push({
      path: [...path, "targetRatePct"],
      message: "must not be below baselineRatePct (the benefit would be negative)",
    });
  }
}

function checkScenarioOrder(value: unknown, issues: Issue[]): void {
  if (!isRecord(value)) return;
  const pick = (key: string, fallback: number) => (isDec(value[key]) ? (value[key] as Dec) : new Dec(fallback));
  const conservative = pick("conservative", 0.8);
  const expected = pick("expected", 1);
  const optimistic = pick("optimistic", 1.2);
  if (conservative.gt(expected)) {
    issues.push({ path: ["scenarios", "conservative"], message: `must not exceed expected (${expected.toFixed()})` });
  }
  if (optimistic.lt(expected)) {
    issues.push({ path: ["scenarios", "optimistic"], message: `must not be below expected (${expected.toFixed()})` });
  }
}

function checkTemplate(value: Fields, issues: Issue[]): void {
  const { template, inputs } = value;
  if (template === undefined) {
    if (inputs !== undefined) issues.push({ path: ["inputs"], message: "is only allowed together with template" });
    return;
  }
  if (!TEMPLATE_NAMES.includes(template as TemplateName)) return;
  if (inputs === undefined) {
    issues.push({ path: ["inputs"], message: `is required for template ${String(template)}` });
    return;
  }
  const result = TEMPLATE_INPUT_SCHEMAS[template as TemplateName].safeParse(inputs, { reportInput: true });
  if (!result.success) {
    for (const { segments, message } of describeIssues(result.error.issues, ["inputs"])) {
      issues.push({ path: segments, message });
    }
  }
}

/** Cross-field rules of format v1; adds one zod issue per problem. */
export function checkDefinitionRules(value: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (!isRecord(value)) return;
  const horizon = typeof value.horizonMonths === "number" && isMonth(value.horizonMonths) ? value.horizonMonths : null;
  const issues: Issue[] = [];
  for (const list of ["costs", "benefits"]) {
    for (const [index, item] of listRecords(value[list])) {
      checkItemSpan(item, [list, index], issues);
      checkRange(item, [list, index], issues);
      checkConversionRates(item, [list, index], issues);
    }
  }
  for (const [index, kpi] of listRecords(value.kpis)) {
    checkUniqueMonths(kpi.measurements, ["kpis", index, "measurements"], horizon, issues);
  }
  checkUniqueMonths(value.actuals, ["actuals"], horizon, issues);
  checkScenarioOrder(value.scenarios, issues);
  checkTemplate(value, issues);
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
}
