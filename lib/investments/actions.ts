"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import {
  changeStatus,
  createInvestment,
  deleteInvestment,
  duplicateInvestment,
  parsePlanText,
  setArchived,
  updateInvestment,
} from "./mutations";
import { approvePlan, saveAsTemplate, savePlan } from "./plan-mutations";
import {
  approvePlanInput,
  createInvestmentInput,
  investmentRef,
  saveAsTemplateInput,
  savePlanInput,
  statusChangeInput,
  updateInvestmentInput,
} from "./schemas";

export const createInvestmentAction = workspaceAction(createInvestmentInput, "editor", (ctx, { plan, ...header }) =>
  createInvestment(ctx, { ...header, plan: parsePlanText(plan) }),
);
export const updateInvestmentAction = workspaceAction(updateInvestmentInput, "editor", (ctx, input) => updateInvestment(ctx, input));
export const savePlanAction = workspaceAction(savePlanInput, "editor", (ctx, input) => savePlan(ctx, input));
export const approvePlanAction = workspaceAction(approvePlanInput, "editor", (ctx, input) => approvePlan(ctx, input));
export const changeStatusAction = workspaceAction(statusChangeInput, "editor", (ctx, input) => changeStatus(ctx, input));
export const duplicateInvestmentAction = workspaceAction(investmentRef, "editor", (ctx, input) => duplicateInvestment(ctx, input.investmentId));
export const archiveInvestmentAction = workspaceAction(investmentRef, "editor", (ctx, input) => setArchived(ctx, input.investmentId, true));
export const restoreInvestmentAction = workspaceAction(investmentRef, "editor", (ctx, input) => setArchived(ctx, input.investmentId, false));
export const deleteInvestmentAction = workspaceAction(investmentRef, "editor", (ctx, input) => deleteInvestment(ctx, input.investmentId));
export const saveAsTemplateAction = workspaceAction(saveAsTemplateInput, "editor", (ctx, input) => saveAsTemplate(ctx, input));
