import { apiRoute } from "@/lib/api/route-handler";
import { getPortfolio } from "@/lib/api/operations/portfolio";

export const GET = apiRoute(getPortfolio);
