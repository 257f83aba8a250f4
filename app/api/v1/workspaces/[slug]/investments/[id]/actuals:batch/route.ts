import { apiRoute } from "@/lib/api/route-handler";
import { batchActuals } from "@/lib/api/operations/actuals";

export const POST = apiRoute(batchActuals);
