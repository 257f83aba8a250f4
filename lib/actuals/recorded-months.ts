import { getDb, type Tx } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import { dateToPeriod, periodToDate } from "@/lib/investments/months";

/** A month's actuals as stored, with where they came from: what the API shows and writers read back. */
export type RecordedMonth = {
  month: string;
  cost: string;
  benefit: string;
  benefitByDriver: Record<string, string> | null;
  note: string;
  revision: number;
  /** "ui", "csv", "import" or "api:<token name>". */
  source: string;
  recordedByName: string;
  updatedAt: string;
  /** The plan version in force when the month was recorded. */
  planVersion: number | null;
};

const SELECT = {
  id: true,
  month: true,
  cost: true,
  benefit: true,
  benefitByDriver: true,
  note: true,
  revision: true,
  source: true,
  recordedByName: true,
  updatedAt: true,
  planVersion: { select: { version: true } },
} as const;

type Row = {
  id: string;
  month: Date;
  cost: { toFixed(places: number): string };
  benefit: { toFixed(places: number): string };
  benefitByDriver: unknown;
  note: string;
  revision: number;
  source: string;
  recordedByName: string;
  updatedAt: Date;
  planVersion: { version: number } | null;
};

const recordedOf = (row: Row): RecordedMonth & { id: string } => ({
  id: row.id,
  month: dateToPeriod(row.month),
  cost: row.cost.toFixed(2),
  benefit: row.benefit.toFixed(2),
  benefitByDriver: (row.benefitByDriver as Record<string, string> | null) ?? null,
  note: row.note,
  revision: row.revision,
  source: row.source,
  recordedByName: row.recordedByName,
  updatedAt: row.updatedAt.toISOString(),
  planVersion: row.planVersion?.version ?? null,
});

/** The investment's recorded months (all, or only `periods`), in month order, each with its row id. */
export async function loadRecordedMonths(
  tx: Tx,
  scope: { workspaceId: string; investmentId: string },
  periods?: readonly string[],
): Promise<(RecordedMonth & { id: string })[]> {
  const rows = await tx.actualMonth.findMany({
    where: {
      workspaceId: scope.workspaceId,
      investmentId: scope.investmentId,
      ...(periods ? { month: { in: periods.map(periodToDate) } } : {}),
    },
    select: SELECT,
    orderBy: { month: "asc" },
  });
  return rows.map(recordedOf);
}

export const withoutRowId = <T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, "id"> => rest;

/** An investment of the workspace, for readers: its currency, or NOT_FOUND (also for another workspace's investment). */
async function findInvestment(workspaceId: string, investmentId: string) {
  const investment = await getDb().investment.findFirst({ where: { id: investmentId, workspaceId }, select: { id: true, currency: true } });
  if (!investment) throw notFoundError();
  return investment;
}

/** Every recorded month of one investment of the workspace, in month order. */
export async function listRecordedMonths(workspaceId: string, investmentId: string) {
  const investment = await findInvestment(workspaceId, investmentId);
  const months = await loadRecordedMonths(getDb(), { workspaceId, investmentId: investment.id });
  return { investmentId: investment.id, currency: investment.currency, months: months.map(withoutRowId) };
}

/** One recorded month, or NOT_FOUND when the investment is not the workspace's or the month has no actuals. */
export async function findRecordedMonth(workspaceId: string, investmentId: string, period: string): Promise<RecordedMonth> {
  const investment = await findInvestment(workspaceId, investmentId);
  const [month] = await loadRecordedMonths(getDb(), { workspaceId, investmentId: investment.id }, [period]);
  if (!month) throw notFoundError();
  return withoutRowId(month);
}
