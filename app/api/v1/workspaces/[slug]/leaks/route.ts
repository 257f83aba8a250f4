import { apiRoute } from "@/lib/api/route-handler";
import { listWorkspaceLeaks } from "@/lib/api/operations/portfolio";

export const GET = apiRoute(listWorkspaceLeaks);
