"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { importActualsCsv } from "./csv-import";
import { importInvestmentDocument, importWorkspace } from "./import";
import { importActualsCsvInput, importInvestmentJsonInput, importWorkspaceInput } from "./schemas";

export const importActualsCsvAction = workspaceAction(importActualsCsvInput, "editor", (ctx, input) => importActualsCsv(ctx, input));
export const importInvestmentJsonAction = workspaceAction(importInvestmentJsonInput, "editor", (ctx, input) => importInvestmentDocument(ctx, input));
export const importWorkspaceAction = workspaceAction(importWorkspaceInput, "editor", (ctx, input) => importWorkspace(ctx, input));
