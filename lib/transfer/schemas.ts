import { z } from "zod";
import { CATEGORIES, type InvestmentCategory } from "@/lib/investments/schemas";
import { MAX_CSV_BYTES } from "./csv-errors";

const id = z.string().min(1).max(64);
const header = z.string().trim().min(1, "Choose a column").max(200);
const flag = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());

/** A v1 document is small; a whole workspace may hold many investments with their history. */
export const MAX_DOCUMENT_CHARS = 2 * 1024 * 1024;
export const MAX_WORKSPACE_CHARS = 20 * 1024 * 1024;
/**
 * A workspace file travels gzip-compressed (the import page compresses a plain .json before
 * sending it): at most this much is sent, within the request body limit of lib/http…
 */
export const MAX_WORKSPACE_UPLOAD_BYTES = 20 * 1024 * 1024;
/** …and at most this much JSON once unpacked: room for about 500,000 months of actuals (200,000 are about 50 MB). */
export const MAX_WORKSPACE_JSON_BYTES = 128 * 1024 * 1024;

const CATEGORY_LIST = CATEGORIES.join(", ");
const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Names the value a file gave, so a misspelt category is found at once ("marketing" is not one). */
export function categoryProblem(value: unknown): string {
  if (value === undefined) return `is required; use one of ${CATEGORY_LIST}`;
  const text = typeof value === "string" ? JSON.stringify(shown(value)) : shown(JSON.stringify(value) ?? String(value));
  return `${text} is not a category; use one of ${CATEGORY_LIST}`;
}

/** An investment's category as an import file gives it (format v1 and workspace files). */
export const categoryInFile = z.unknown().transform((value, ctx): InvestmentCategory => {
  if ((CATEGORIES as readonly unknown[]).includes(value)) return value as InvestmentCategory;
  ctx.addIssue({ code: "custom", message: categoryProblem(value) });
  return z.NEVER;
});

export const csvMappingInput = z.object({ month: header, cost: header, benefit: header, note: header.optional() });

export const importActualsCsvInput = z.object({
  investmentId: id,
  // Characters, not bytes: importActualsCsv checks the exact UTF-8 size.
  csvText: z.string().max(MAX_CSV_BYTES, "The file is larger than 5 MB; split it into smaller files"),
  mapping: csvMappingInput,
  decimalFormat: z.enum(["auto", "comma", "point"]).default("auto"),
  replaceExisting: flag.default(false),
});
export type ImportActualsCsvInput = z.infer<typeof importActualsCsvInput>;

export const importInvestmentJsonInput = z.object({
  json: z.string().min(1, "Choose a file").max(MAX_DOCUMENT_CHARS, "The file is larger than 2 MB"),
});

/**
 * A workspace file as text (small files, scripts) or as a file — gzip-compressed or plain
 * JSON, told apart by its first bytes (see workspace-file.ts for the limits).
 */
export const importWorkspaceInput = z
  .object({
    json: z.string().min(1, "Choose a file").max(MAX_WORKSPACE_CHARS, "The file is larger than 20 MB").optional(),
    file: z.instanceof(Blob, { message: "Choose a file" }).optional(),
  })
  .refine((input) => input.json !== undefined || input.file !== undefined, { message: "Choose a file", path: ["file"] });
