import { apiRoute } from "@/lib/api/route-handler";
import { getActualsMonth, putActualsMonth } from "@/lib/api/operations/actuals";

export const GET = apiRoute(getActualsMonth);
export const PUT = apiRoute(putActualsMonth);
