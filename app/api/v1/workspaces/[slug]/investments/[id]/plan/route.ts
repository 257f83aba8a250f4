import { apiRoute } from "@/lib/api/route-handler";
import { replacePlan } from "@/lib/api/operations/investments";

export const PUT = apiRoute(replacePlan);
