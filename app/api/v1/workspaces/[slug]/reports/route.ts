import { apiRoute } from "@/lib/api/route-handler";
import { createReport } from "@/lib/api/operations/reports";

export const POST = apiRoute(createReport);
