import { apiRoute } from "@/lib/api/route-handler";
import { listActuals } from "@/lib/api/operations/actuals";

export const GET = apiRoute(listActuals);
