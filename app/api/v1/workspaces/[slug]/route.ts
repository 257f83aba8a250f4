import { apiRoute } from "@/lib/api/route-handler";
import { getWorkspace } from "@/lib/api/operations/workspace";

export const GET = apiRoute(getWorkspace);
