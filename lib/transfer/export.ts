import Decimal from "decimal.js";
import Papa from "papaparse";
import { buildFullDefinition, buildPlanDefinition } from "@/lib/investments/definition";
import { dateToPeriod, monthNumberOf } from "@/lib/investments/months";
import { getInvestmentDetail, type InvestmentDetail } from "@/lib/investments/queries";
import type { PlanDocument } from "@/lib/investments/schemas";
import { evaluateDefinition, parseDefinition, type JsonValue } from "@/lib/roi";
import { exportFileName } from "./file-names";
import { splitDocumentDetails } from "./import-checks";

type JsonObject = { [key: string]: JsonValue };
const V1_NOTE_LIMIT = 500;

const headerOf = (investment: InvestmentDetail) => ({
  name: investment.name,
  currency: investment.currency,
  startMonth: dateToPeriod(investment.startMonth),
  horizonMonths: investment.horizonMonths,
});

/**
 * One investment as a format v1 document: category, description and owner, plan, KPIs with
 * measurements, actuals (with notes).
 */
export function buildInvestmentDocument(investment: InvestmentDetail): JsonObject {
  const header = headerOf(investment);
  const details = { category: investment.category, description: investment.description, ownerName: investment.ownerName };
  const full = buildFullDefinition({
    plan: buildPlanDefinition(header, investment.plan as PlanDocument),
    kpis: investment.kpis,
    actuals: investment.actuals,
  });
  // Format v1 allows notes of 500 characters; the app allows longer ones (the workspace export keeps them whole).
  const v1Note = (note: string) => (note.length > V1_NOTE_LIMIT ? `${note.slice(0, V1_NOTE_LIMIT - 1)}…` : note);
  const notes = new Map(investment.actuals.filter((a) => a.note).map((a) => [monthNumberOf(header.startMonth, dateToPeriod(a.month)), v1Note(a.note)]));
  const actuals = full.actuals.map((a) => (notes.has(a.month) ? { ...a, note: notes.get(a.month) } : a));
  const document = JSON.parse(JSON.stringify({ version: 1, name: header.name, ...details, ...full, actuals })) as JsonObject;
  // The details are the app's, not the engine's: the engine checks the rest.
  const split = splitDocumentDetails(document);
  const check = parseDefinition(split.definition);
  const errors = [...split.errors, ...(check.ok ? [] : check.errors)];
  // Rows the app wrote always form a valid document; if not, exporting garbage would hide the bug.
  if (errors.length > 0) throw new Error(`Export of investment ${investment.id} is not valid format v1: ${JSON.stringify(errors.slice(0, 5))}`);
  return document;
}

export async function exportInvestmentJson(workspaceId: string, investmentId: string) {
  const investment = await getInvestmentDetail(workspaceId, investmentId);
  return { filename: exportFileName(investment.name, "json"), originalName: `${investment.name}.json`, body: `${JSON.stringify(buildInvestmentDocument(investment), null, 2)}\n` };
}

const CSV_HEADERS = {
  nl: ["Maand", "Verwachte kosten", "Verwachte opbrengst", "Werkelijke kosten", "Werkelijke opbrengst", "Notitie"],
  en: ["Month", "Forecast cost", "Forecast benefit", "Actual cost", "Actual benefit", "Note"],
};

/** The plan in force: the latest approved version, else the working plan of a draft. */
function forecastDefinition(investment: InvestmentDetail): unknown {
  const latest = investment.versions[0];
  return latest ? latest.definition : buildPlanDefinition(headerOf(investment), investment.plan as PlanDocument);
}

/**
 * One row per month of the horizon (plus any recorded month outside it): the expected
 * scenario's forecast next to the actuals. A month without actuals stays empty, never 0.
 * nl-NL workspaces get ";" and a decimal comma, the way Excel opens them there.
 */
export async function exportInvestmentCsv(workspaceId: string, investmentId: string, locale: string) {
  const investment = await getInvestmentDetail(workspaceId, investmentId);
  const dutch = locale.toLowerCase().startsWith("nl");
  const money = (value: Decimal.Value | { toString(): string }) => {
    const fixed = new Decimal(value.toString()).toFixed(2);
    return dutch ? fixed.replace(".", ",") : fixed;
  };
  const parsed = parseDefinition(forecastDefinition(investment));
  const forecast = new Map<string, { cost: number; benefit: number }>();
  if (parsed.ok) {
    for (const month of evaluateDefinition(parsed.definition, { asOfMonth: 1 }).scenarios.expected?.months ?? []) forecast.set(month.period, month);
  }
  const actuals = new Map(investment.actuals.map((a) => [dateToPeriod(a.month), a]));
  const periods = [...new Set([...forecast.keys(), ...actuals.keys()])].sort();
  const data = periods.map((period) => {
    const f = forecast.get(period);
    const a = actuals.get(period);
    return [period, f ? money(f.cost) : "", f ? money(f.benefit) : "", a ? money(a.cost) : "", a ? money(a.benefit) : "", a?.note ?? ""];
  });
  const csv = Papa.unparse({ fields: CSV_HEADERS[dutch ? "nl" : "en"], data }, { delimiter: dutch ? ";" : ",", newline: "\r\n", escapeFormulae: true });
  // The BOM makes Excel read the file as UTF-8 (€, accents); our importer skips it.
  return { filename: exportFileName(investment.name, "csv"), originalName: `${investment.name}.csv`, body: `\uFEFF${csv}\r\n` };
}

export { exportWorkspace, streamWorkspaceExport } from "./workspace-export";
