import Decimal from "decimal.js";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { dateToPeriod } from "@/lib/investments/months";
import type { JsonValue } from "@/lib/roi";
import type { WorkspaceExport } from "./workspace-format";

// The workspace export (format "realised-workspace", version 3; docs/workspace-export.md).
// A workspace with 200,000 months of actuals is about 50 MB of JSON, so the file is
// written as a stream, a batch of investments at a time: neither the rows nor the text of
// the whole workspace are ever in memory at once.

type JsonObject = { [key: string]: JsonValue };
type ExportedInvestment = WorkspaceExport["investments"][number];

const BATCH = 25;
const INDENT = "    ";
const money = (value: { toString(): string }) => new Decimal(value.toString()).toFixed(2);
const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

const include = {
  versions: { orderBy: { version: "asc" } },
  kpis: { orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }], include: { measurements: { orderBy: { month: "asc" } } } },
  actuals: { orderBy: { month: "asc" }, include: { planVersion: { select: { version: true } } } },
  // Oldest first: the latest review of a leak is the one that counts.
  leakReviews: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.InvestmentInclude;
type Loaded = Prisma.InvestmentGetPayload<{ include: typeof include }>;

function toExport(investment: Loaded): ExportedInvestment {
  return {
    header: {
      name: investment.name,
      description: investment.description,
      category: investment.category,
      ownerName: investment.ownerName,
      startMonth: dateToPeriod(investment.startMonth),
      horizonMonths: investment.horizonMonths,
      currency: investment.currency,
    },
    status: investment.status,
    archived: investment.archivedAt !== null,
    createdAt: investment.createdAt.toISOString(),
    plan: investment.plan as JsonObject,
    versions: investment.versions.map((v) => ({
      version: v.version,
      definition: v.definition as JsonObject,
      reason: v.reason,
      createdByName: v.createdByName,
      createdAt: v.createdAt.toISOString(),
    })),
    // The array order is the display order.
    kpis: investment.kpis.map((k) => ({
      name: k.name,
      unit: k.unit,
      baseline: k.baseline?.toString() ?? null,
      baselineDate: isoDay(k.baselineDate),
      target: k.target?.toString() ?? null,
      direction: k.direction,
      measurements: k.measurements.map((m) => ({ period: dateToPeriod(m.month), value: m.value.toString() })),
    })),
    actuals: investment.actuals.map((a) => ({
      period: dateToPeriod(a.month),
      cost: money(a.cost),
      benefit: money(a.benefit),
      benefitByDriver: (a.benefitByDriver ?? null) as JsonObject | null,
      note: a.note,
      recordedByName: a.recordedByName,
      planVersion: a.planVersion?.version ?? null,
      source: a.source,
    })),
    // Acknowledged and snoozed leaks stay reviewed in the workspace the file goes to.
    leakReviews: investment.leakReviews.map((r) => ({
      kind: r.kind,
      code: r.code,
      subject: r.subject,
      reason: r.reason,
      snoozedUntil: isoDay(r.snoozedUntil),
      atStakeMonthly: money(r.atStakeMonthly),
      createdByName: r.createdByName,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

// Each batch is read in one snapshot, so an investment's versions, KPIs and actuals always
// agree with each other (and its actuals with its version numbers).
const SNAPSHOT = { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 5 * 60_000, maxWait: 60_000 };

/** The workspace's investments in creation order, a batch at a time. One deleted meanwhile is left out. */
async function* exportedInvestments(workspaceId: string): AsyncGenerator<ExportedInvestment> {
  const ids = await getDb().investment.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  for (let at = 0; at < ids.length; at += BATCH) {
    const batch = ids.slice(at, at + BATCH).map((row) => row.id);
    const rows = await getDb().$transaction(
      (tx) => tx.investment.findMany({ where: { workspaceId, id: { in: batch } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include }),
      SNAPSHOT,
    );
    for (const row of rows) yield toExport(row);
  }
}

/** The workspace's exchange rates, oldest month first (a full ECB history is some 10,000: about 1.5 MB of JSON). */
async function exportedRates(workspaceId: string): Promise<WorkspaceExport["exchangeRates"]> {
  const rows = await getDb().exchangeRate.findMany({
    where: { workspaceId },
    orderBy: [{ month: "asc" }, { fromCurrency: "asc" }, { toCurrency: "asc" }],
    select: { fromCurrency: true, toCurrency: true, month: true, rate: true, source: true, sourceDetail: true, enteredByName: true, updatedAt: true },
  });
  return rows.map((r) => ({
    from: r.fromCurrency,
    to: r.toCurrency,
    period: dateToPeriod(r.month),
    // Exact, without the column's trailing zeros ("1.0823000000" → "1.0823").
    rate: new Decimal(r.rate.toString()).toFixed(),
    source: r.source as WorkspaceExport["exchangeRates"][number]["source"],
    sourceDetail: r.sourceDetail,
    enteredByName: r.enteredByName,
    enteredAt: r.updatedAt.toISOString(),
  }));
}

async function documentHead(workspaceId: string, now: Date) {
  const [workspace, exchangeRates] = await Promise.all([
    getDb().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true, currency: true, locale: true } }),
    exportedRates(workspaceId),
  ]);
  return { format: "realised-workspace" as const, version: 3 as const, exportedAt: now.toISOString(), workspace, exchangeRates };
}

/** The whole workspace as one object, for callers that need it in memory (tests, small workspaces). */
export async function exportWorkspace(workspaceId: string, now = new Date()): Promise<WorkspaceExport> {
  const investments: ExportedInvestment[] = [];
  for await (const investment of exportedInvestments(workspaceId)) investments.push(investment);
  return { ...(await documentHead(workspaceId, now)), investments };
}

/**
 * The text of the export in pieces — exactly `JSON.stringify(exportWorkspace(…), null, 2)`
 * plus a final newline, one investment per piece. JSON escapes line breaks inside strings,
 * so indenting every line of an investment's text cannot change a value.
 */
export async function* workspaceExportText(workspaceId: string, now = new Date()): AsyncGenerator<string> {
  const head = JSON.stringify(await documentHead(workspaceId, now), null, 2);
  // Without the closing "\n}", so the investments can follow.
  yield `${head.slice(0, -2)},\n  "investments": [`;
  let count = 0;
  for await (const investment of exportedInvestments(workspaceId)) {
    yield `${count++ === 0 ? "" : ","}\n${INDENT}${JSON.stringify(investment, null, 2).replaceAll("\n", `\n${INDENT}`)}`;
  }
  yield count === 0 ? "]\n}\n" : "\n  ]\n}\n";
}

/** The export as a byte stream for a response body; read as the client reads, stopped when it goes away. */
export function streamWorkspaceExport(workspaceId: string, now = new Date()): ReadableStream<Uint8Array> {
  const pieces = workspaceExportText(workspaceId, now);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // The status line has gone out already: breaking the stream makes the download fail instead of ending short.
        console.error("[export] the workspace export failed while streaming", error);
        controller.error(error);
      }
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}
