import { apiRoute } from "@/lib/api/route-handler";
import { putKpiMeasurement } from "@/lib/api/operations/kpis";

export const PUT = apiRoute(putKpiMeasurement);
