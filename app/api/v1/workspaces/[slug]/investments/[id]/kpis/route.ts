import { apiRoute } from "@/lib/api/route-handler";
import { listKpis } from "@/lib/api/operations/kpis";

export const GET = apiRoute(listKpis);
