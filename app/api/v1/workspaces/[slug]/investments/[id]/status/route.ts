import { apiRoute } from "@/lib/api/route-handler";
import { changeInvestmentStatus } from "@/lib/api/operations/investments";

export const POST = apiRoute(changeInvestmentStatus);
