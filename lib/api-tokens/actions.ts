"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { createApiToken, revokeApiToken } from "./mutations";
import { apiTokenRef, createApiTokenInput } from "./schemas";

export const createApiTokenAction = workspaceAction(createApiTokenInput, "editor", (ctx, input) => createApiToken(ctx, input, new Date()));
export const revokeApiTokenAction = workspaceAction(apiTokenRef, "editor", (ctx, input) => revokeApiToken(ctx, input, new Date()));
