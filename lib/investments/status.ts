import type { InvestmentStatus } from "./schemas";

// draft → approved happens only by approving the plan (which freezes version 1).
const NEXT: Record<InvestmentStatus, InvestmentStatus[]> = {
  draft: [],
  approved: ["active", "stopped"],
  active: ["completed", "stopped"],
  completed: ["active"],
  stopped: ["active"],
};

export function canChangeStatus(from: InvestmentStatus, to: InvestmentStatus): boolean {
  return NEXT[from].includes(to);
}

export const allowedNextStatuses = (from: InvestmentStatus) => NEXT[from];

/** Running investments are expected to have actuals for every past month. */
export const isRunning = (status: InvestmentStatus) => status === "active";
