import Decimal from "decimal.js";
import { MONEY_COLUMNS, type MonthMoneyColumn } from "@/lib/currency/convert";
import { getDb } from "@/lib/db/client";
import { dateToPeriod } from "@/lib/investments/months";
import { convertInvestment } from "./converted-months";
import { investmentConversionView, type InvestmentConversionView, type OwnMonth } from "./investment-conversion";
import { ensureFreshFigures } from "./refresh";

const select = Object.fromEntries([...MONEY_COLUMNS, "month", "recorded"].map((c) => [c, true])) as Record<MonthMoneyColumn | "month" | "recorded", true>;

/** The investment's stored months in its own currency (scoped by workspace: another workspace's id reads nothing). */
async function ownMonthsOf(workspaceId: string, investmentId: string): Promise<OwnMonth[]> {
  const rows = await getDb().investmentMonth.findMany({ where: { workspaceId, investmentId }, orderBy: { month: "asc" }, select });
  return rows.map((r) => {
    const row = r as unknown as Record<MonthMoneyColumn, { toString(): string }> & { month: Date; recorded: boolean };
    return {
      period: dateToPeriod(row.month),
      recorded: row.recorded,
      ...(Object.fromEntries(MONEY_COLUMNS.map((c) => [c, new Decimal(row[c].toString())])) as Record<MonthMoneyColumn, Decimal>),
    };
  });
}

/**
 * One investment's figures in its workspace's reporting currency, month by month with the
 * rates used (investment-conversion.ts); null when it is in that currency already, archived
 * or not in this workspace. For its page and a share link to it.
 */
export async function loadInvestmentConversion(
  workspace: { id: string; currency: string },
  investmentId: string,
  options: { today?: Date } = {},
): Promise<InvestmentConversionView | null> {
  await ensureFreshFigures([workspace.id], options.today ?? new Date(), { investmentId });
  const [converted, own] = await Promise.all([convertInvestment(workspace, investmentId), ownMonthsOf(workspace.id, investmentId)]);
  return converted ? investmentConversionView(own, converted) : null;
}
