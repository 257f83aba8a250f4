import type { ApiOperation } from "../operation";
import { getWorkspace } from "./workspace";

/** Every operation of /api/v1: the OpenAPI document and `npm run api:check` read this list. */
export const API_OPERATIONS: ApiOperation[] = [getWorkspace] as unknown as ApiOperation[];
