import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getInvestment } from "@/lib/investments/queries";

/** The cheap lookup before a page streams: an investment of another workspace (or none) is a 404. */
export async function requireInvestment(workspaceId: string, investmentId: string) {
  try {
    return await getInvestment(workspaceId, investmentId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
