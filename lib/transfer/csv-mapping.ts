/** Which header of the file holds which field. */
export type CsvMapping = { month: string; cost: string; benefit: string; note?: string };
export const MAPPED_FIELDS = ["month", "cost", "benefit", "note"] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
export const REQUIRED_FIELDS = ["month", "cost", "benefit"] as const;

// Exact names first; then names that contain one of the words. Forecast columns (our own
// CSV export has both) never count as the actual figure.
const EXACT: Record<MappedField, string[]> = {
  month: ["maand", "month", "periode", "period", "datum", "date", "mnd"],
  cost: ["kosten", "cost", "costs", "werkelijke kosten", "actual cost", "actual costs", "uitgaven", "expenses"],
  benefit: ["opbrengst", "opbrengsten", "baten", "benefit", "benefits", "werkelijke opbrengst", "actual benefit", "actual benefits", "voordeel"],
  note: ["notitie", "notities", "note", "notes", "opmerking", "opmerkingen", "toelichting", "comment", "comments"],
};
const CONTAINS: Record<MappedField, string[]> = {
  month: ["maand", "month", "period", "datum", "date"],
  cost: ["kosten", "cost", "uitgave", "expense"],
  benefit: ["opbrengst", "baten", "benefit", "voordeel"],
  note: ["notitie", "note", "opmerking", "toelichting", "comment"],
};
const FORECAST = ["forecast", "verwacht", "prognose", "plan", "budget", "begroot"];

export const normaliseHeader = (header: string) =>
  header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

function guessField(field: MappedField, headers: readonly string[], taken: Set<string>): string | undefined {
  const free = headers.filter((header) => header !== "" && !taken.has(header));
  const names = free.map((header) => [header, normaliseHeader(header)] as const);
  const exact = names.find(([, name]) => EXACT[field].includes(name));
  if (exact) return exact[0];
  const partial = names.find(([, name]) => CONTAINS[field].some((word) => name.includes(word)) && !FORECAST.some((word) => name.includes(word)));
  return partial?.[0];
}

/**
 * A starting mapping for the file: the workspace's remembered mapping where its headers
 * exist in this file, a guess from the header names otherwise.
 */
export function suggestMapping(headers: readonly string[], remembered?: Partial<CsvMapping> | null): Partial<CsvMapping> {
  const out: Partial<CsvMapping> = {};
  const taken = new Set<string>();
  for (const field of MAPPED_FIELDS) {
    const fromMemory = remembered?.[field];
    if (fromMemory && headers.includes(fromMemory) && !taken.has(fromMemory)) {
      out[field] = fromMemory;
      taken.add(fromMemory);
    }
  }
  for (const field of MAPPED_FIELDS) {
    if (out[field]) continue;
    const guess = guessField(field, headers, taken);
    if (guess) {
      out[field] = guess;
      taken.add(guess);
    }
  }
  return out;
}
