import { apiRoute } from "@/lib/api/route-handler";
import { getReport } from "@/lib/api/operations/reports";

export const GET = apiRoute(getReport);
