"use server";

import { userAction, workspaceAction } from "@/lib/actions/define-action";
import { discountRateInput } from "./discount-rate";
import { deleteWorkspaceInput, workspaceInput, workspaceSettingsInput } from "./schemas";
import { createWorkspace, deleteWorkspace, updateDiscountRate, updateWorkspaceSettings } from "./mutations";

export const createWorkspaceAction = userAction(workspaceInput, (user, input) => createWorkspace(user, input));

export const updateWorkspaceSettingsAction = workspaceAction(workspaceSettingsInput, "owner", (ctx, input) =>
  updateWorkspaceSettings(ctx, input),
);

export const updateDiscountRateAction = workspaceAction(discountRateInput, "owner", (ctx, input) => updateDiscountRate(ctx, input));

export const deleteWorkspaceAction = workspaceAction(deleteWorkspaceInput, "owner", (ctx, input) =>
  deleteWorkspace(ctx, input.confirmSlug),
);
