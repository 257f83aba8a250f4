"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { approveMonthlyReport, saveReportSchedule } from "./mutations";
import { deliveryRef, scheduleInput } from "./schemas";

export const saveReportScheduleAction = workspaceAction(scheduleInput, "editor", (ctx, input) => saveReportSchedule(ctx, input));
export const approveMonthlyReportAction = workspaceAction(deliveryRef, "editor", (ctx, input) => approveMonthlyReport(ctx, input.deliveryId));
