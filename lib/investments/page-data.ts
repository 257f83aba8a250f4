import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getInvestment, getInvestmentDetail } from "./queries";

/** For pages: an investment of another workspace (or none) is a 404, like the workspace itself. */
async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** The investment with everything its page shows. */
export const loadInvestmentPage = (workspaceId: string, investmentId: string) => orNotFound(getInvestmentDetail(workspaceId, investmentId));

/** The cheap lookup a page makes before it streams, so a foreign id answers 404, not 200. */
export const requireInvestment = (workspaceId: string, investmentId: string) => orNotFound(getInvestment(workspaceId, investmentId));
