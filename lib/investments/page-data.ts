import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getInvestmentDetail } from "./queries";

/** For pages: an investment of another workspace (or none) is a 404, like the workspace itself. */
export async function loadInvestmentPage(workspaceId: string, investmentId: string) {
  try {
    return await getInvestmentDetail(workspaceId, investmentId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
