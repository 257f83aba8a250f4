import { apiRoute } from "@/lib/api/route-handler";
import { createInvestmentOperation, listInvestments } from "@/lib/api/operations/investments";

export const GET = apiRoute(listInvestments);
export const POST = apiRoute(createInvestmentOperation);
