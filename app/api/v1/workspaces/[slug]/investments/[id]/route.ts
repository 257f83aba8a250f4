import { apiRoute } from "@/lib/api/route-handler";
import { getInvestmentOperation } from "@/lib/api/operations/investments";

export const GET = apiRoute(getInvestmentOperation);
