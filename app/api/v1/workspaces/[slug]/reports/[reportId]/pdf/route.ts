import { apiRoute } from "@/lib/api/route-handler";
import { getReportPdf } from "@/lib/api/operations/reports";

export const GET = apiRoute(getReportPdf);
