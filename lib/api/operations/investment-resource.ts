import { z } from "zod";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { dateToPeriod } from "@/lib/investments/months";
import { getInvestmentDetail } from "@/lib/investments/queries";
import { CATEGORIES, STATUSES } from "@/lib/investments/schemas";
import { ensureFreshFigures } from "@/lib/portfolio/refresh";
import { openLeaksByInvestment } from "@/lib/portfolio/stored-figures";
import { buildInvestmentDocument } from "@/lib/transfer/export";
import { etagOf } from "../etag";
import { month } from "../schemas";
import { convertedInvestmentsOf, reportingConversionOf, reportingFigures, reportingFiguresOf } from "./conversion";
import { figuresBody, investmentFigures, timestamp } from "./figures";
import { workspaceLink } from "../links";

// An investment as the API shows it: its header, its working plan as a format v1 document
// (built by the export, so the API and the JSON export can never differ), its plan versions
// and its figures. ETag = the investment's revision.

export const investmentStatus = z.enum(STATUSES).meta({
  description: "draft → approved (approving freezes plan version 1) → active → completed; approved or active → stopped; completed or stopped → active",
});
export const investmentCategory = z.enum(CATEGORIES);

export const investmentHeaderFields = {
  id: z.string(),
  name: z.string(),
  status: investmentStatus,
  category: investmentCategory,
  currency: z.string().meta({ description: "Every amount of the investment is in this currency (ISO 4217)", example: "EUR" }),
  startMonth: month.meta({ description: "Month 1 of the plan" }),
  horizonMonths: z.number().int(),
  revision: z.number().int().meta({ description: "Bumped by every change; the ETag, and what If-Match must name" }),
  archived: z.boolean(),
};

type HeaderRow = {
  id: string;
  name: string;
  status: z.infer<typeof investmentStatus>;
  category: z.infer<typeof investmentCategory>;
  currency: string;
  startMonth: Date;
  horizonMonths: number;
  revision: number;
  archivedAt: Date | null;
};

/** The header fields of an investment row, as the list and the single investment both answer them. */
export const investmentHeaderOf = (row: HeaderRow) => ({
  id: row.id,
  name: row.name,
  status: row.status,
  category: row.category,
  currency: row.currency,
  startMonth: dateToPeriod(row.startMonth),
  horizonMonths: row.horizonMonths,
  revision: row.revision,
  archived: row.archivedAt !== null,
});

export const investmentDocument = z
  .record(z.string(), z.unknown())
  .meta({
    id: "InvestmentDocument",
    description:
      "The investment as a format v1 document (docs/format-v1.md): name, category, description, owner, currency, startMonth, " +
      "horizonMonths, the working plan (costs, benefits, scenarios, template, inputs), KPIs with measurements and actuals — " +
      "exactly what the app's JSON export writes",
  });

export const investmentBody = z
  .object({
    ...investmentHeaderFields,
    description: z.string(),
    ownerName: z.string(),
    createdAt: timestamp,
    document: investmentDocument,
    versions: z
      .array(z.object({ version: z.number().int(), reason: z.string(), createdAt: timestamp, createdByName: z.string() }))
      .meta({ description: "The approved plan versions, oldest first (none for a draft)" }),
    figures: investmentFigures,
    reportingFigures,
  })
  .meta({ id: "Investment" });
export type InvestmentBody = z.infer<typeof investmentBody>;

export const investmentLocation = (slug: string, id: string) => workspaceLink(slug, "investments", id);

/**
 * The stored figures of an investment, evaluated as of `now`, and (in another currency than
 * the workspace's reporting one) converted; null when the workspace has no such investment.
 */
async function figuresOf(workspace: { id: string; currency: string }, investmentId: string, now: Date) {
  const conversion = await reportingConversionOf(workspace, now);
  const [stored, open] = await Promise.all([
    getDb().investmentFigures.findFirst({ where: { investmentId, workspaceId: workspace.id } }),
    openLeaksByInvestment(workspace.id, [investmentId], now),
  ]);
  if (!stored) return null;
  const leaks = open.get(investmentId);
  const converted = stored.currency === conversion.target || stored.archived ? new Map() : await convertedInvestmentsOf(workspace, conversion, { investmentId });
  return { figures: figuresBody(stored, leaks), reportingFigures: reportingFiguresOf(converted.get(investmentId), leaks?.atStake ?? 0, conversion) };
}

/**
 * One investment of the workspace as the API answers it, with its ETag. Another
 * workspace's id is NOT_FOUND (getInvestmentDetail looks it up within the workspace).
 */
export async function investmentResource(ctx: WorkspaceContext, investmentId: string, now: Date): Promise<{ body: InvestmentBody; headers: Record<string, string> }> {
  await ensureFreshFigures([ctx.workspace.id], now, { investmentId });
  const investment = await getInvestmentDetail(ctx.workspace.id, investmentId);
  const figures = await figuresOf(ctx.workspace, investmentId, now);
  // Every write refreshes the figures in its own transaction, and ensureFreshFigures fills in any that are missing.
  if (!figures) throw new Error(`Investment ${investmentId} has no stored figures`);
  const body: InvestmentBody = {
    ...investmentHeaderOf(investment),
    description: investment.description,
    ownerName: investment.ownerName,
    createdAt: investment.createdAt.toISOString(),
    document: buildInvestmentDocument(investment),
    versions: [...investment.versions]
      .sort((a, b) => a.version - b.version)
      .map((v) => ({ version: v.version, reason: v.reason, createdAt: v.createdAt.toISOString(), createdByName: v.createdByName })),
    ...figures,
  };
  return { body, headers: { ETag: etagOf(investment.revision) } };
}
