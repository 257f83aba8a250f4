import { z } from "zod";
import { validatePlan } from "@/lib/investments/definition";
import { periodOfMonthNumber } from "@/lib/investments/months";
import { parseDefinition, type InvestmentDefinition, type JsonValue } from "@/lib/roi";
import { AppError } from "@/lib/errors";
import { readUntrustedJson } from "@/lib/shared/untrusted-json";
import { categoryInFile } from "./schemas";
import type { investmentExport } from "./workspace-format";

export type PathError = { path: string; message: string };
const MAX_LISTED = 200;

export const FILE_PROBLEMS_MESSAGE = "The file has problems; nothing was imported";

/** Every problem under its path ("investments.0.plan.costs.1.amount"), so the user can find it in the file. */
export function invalidFile(errors: readonly PathError[]): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const { path, message } of errors.slice(0, MAX_LISTED)) (fieldErrors[path || "_file"] ??= []).push(message);
  return new AppError("INVALID_INPUT", FILE_PROBLEMS_MESSAGE, fieldErrors);
}

/**
 * An uploaded file's JSON, refused before any further (recursive) processing when it nests
 * too deeply, uses a key that reaches an object's prototype ("__proto__", "constructor",
 * "prototype") or holds text the database cannot store; the problem is named by its path.
 */
export function readJson(text: string): unknown {
  const reading = readUntrustedJson(text);
  if (reading.ok) return reading.value;
  if ("syntaxError" in reading) throw invalidFile([{ path: "", message: `is not valid JSON (${reading.syntaxError})` }]);
  throw invalidFile([{ path: reading.problem.path.join("."), message: reading.problem.message }]);
}

export const zodPathErrors = (error: z.ZodError): PathError[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));

/**
 * Format v1's fields about the investment rather than its plan, with the investment form's
 * limits. A file from before they were exported has none: the form's defaults stand in.
 */
const documentDetails = z.object({
  category: categoryInFile.default("other"),
  description: z.string({ error: "must be text" }).trim().max(2000, "must be at most 2000 characters").default(""),
  ownerName: z.string({ error: "must be text" }).trim().max(100, "must be at most 100 characters").default(""),
});
export type DocumentDetails = z.output<typeof documentDetails>;
const DETAIL_KEYS = ["category", "description", "ownerName"] as const;

/**
 * A format v1 document split in two: category, description and owner, which only the app
 * keeps, and the rest, for the engine (whose schema refuses keys it does not know).
 */
export function splitDocumentDetails(raw: unknown): { details: DocumentDetails; definition: unknown; errors: PathError[] } {
  const defaults = documentDetails.parse({});
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { details: defaults, definition: raw, errors: [] };
  const definition: Record<string, unknown> = { ...raw };
  const given: Record<string, unknown> = {};
  for (const key of DETAIL_KEYS) {
    if (Object.hasOwn(definition, key)) given[key] = definition[key];
    delete definition[key];
  }
  const parsed = documentDetails.safeParse(given);
  return parsed.success ? { details: parsed.data, definition, errors: [] } : { details: defaults, definition, errors: zodPathErrors(parsed.error) };
}

const join = (...parts: (string | number)[]) => parts.filter((part) => part !== "").join(".");

/** Stored columns hold cents (actuals) and 4 decimals (KPIs); more would be rounded away silently. */
export function checkDocumentRows(definition: InvestmentDefinition, currentPeriod: string): PathError[] {
  const errors: PathError[] = [];
  definition.actuals.forEach((actual, i) => {
    for (const field of ["cost", "benefit"] as const) {
      if (actual[field].decimalPlaces() > 2) errors.push({ path: join("actuals", i, field), message: "must have at most 2 decimals" });
    }
    const period = periodOfMonthNumber(definition.startMonth, actual.month);
    if (period > currentPeriod) {
      errors.push({ path: join("actuals", i, "month"), message: `is in the future (${period}); only past and current months can be recorded` });
    }
  });
  definition.kpis.forEach((kpi, i) => {
    for (const field of ["baseline", "target"] as const) {
      if (kpi[field] && kpi[field].decimalPlaces() > 4) errors.push({ path: join("kpis", i, field), message: "must have at most 4 decimals" });
    }
    kpi.measurements.forEach((m, j) => {
      if (m.value.decimalPlaces() > 4) errors.push({ path: join("kpis", i, "measurements", j, "value"), message: "must have at most 4 decimals" });
    });
  });
  return errors;
}

type InvestmentExportInput = z.infer<typeof investmentExport>;
const HEADER_PATHS = ["name", "currency", "startMonth", "horizonMonths"];

function duplicates<T>(items: readonly T[], key: (item: T) => string | number, path: (index: number) => string, what: string): PathError[] {
  const seen = new Map<string | number, number>();
  const errors: PathError[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else errors.push({ path: path(index), message: `duplicate ${what} ${value} (also at index ${first})` });
  });
  return errors;
}

/**
 * The rules the database and the engine would otherwise enforce one row at a time, checked
 * up front; returns the normalised plan to store when there are no errors.
 */
export function checkInvestmentExport(investment: InvestmentExportInput, prefix: string): { errors: PathError[]; plan: { [key: string]: JsonValue } | null } {
  const errors: PathError[] = [];
  const validation = validatePlan(investment.header, investment.plan);
  if (!validation.ok) {
    for (const e of validation.errors) errors.push({ path: join(prefix, HEADER_PATHS.includes(e.path) ? "header" : "plan", e.path), message: e.message });
  }
  errors.push(...duplicates(investment.versions, (v) => v.version, (i) => join(prefix, "versions", i, "version"), "version"));
  investment.versions.forEach((version, i) => {
    const parsed = parseDefinition(version.definition);
    if (!parsed.ok) for (const e of parsed.errors) errors.push({ path: join(prefix, "versions", i, "definition", e.path), message: e.message });
  });
  const versionNumbers = new Set(investment.versions.map((v) => v.version));
  errors.push(...duplicates(investment.actuals, (a) => a.period, (i) => join(prefix, "actuals", i, "period"), "month"));
  investment.actuals.forEach((actual, i) => {
    if (actual.planVersion !== null && !versionNumbers.has(actual.planVersion)) {
      errors.push({ path: join(prefix, "actuals", i, "planVersion"), message: `refers to plan version ${actual.planVersion}, which is not in the file` });
    }
  });
  investment.kpis.forEach((kpi, i) => {
    errors.push(...duplicates(kpi.measurements, (m) => m.period, (j) => join(prefix, "kpis", i, "measurements", j, "period"), "month"));
  });
  return { errors, plan: validation.ok ? validation.plan : null };
}
