"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { acknowledgeLeak, snoozeLeak, undoLeakReview, updateLeakThresholds } from "./mutations";
import { acknowledgeLeakInput, leakThresholdsInput, snoozeLeakInput, undoLeakReviewInput } from "./schemas";

export const acknowledgeLeakAction = workspaceAction(acknowledgeLeakInput, "editor", (ctx, input) => acknowledgeLeak(ctx, input));
export const snoozeLeakAction = workspaceAction(snoozeLeakInput, "editor", (ctx, input) => snoozeLeak(ctx, input));
export const undoLeakReviewAction = workspaceAction(undoLeakReviewInput, "editor", (ctx, input) => undoLeakReview(ctx, input));
export const updateLeakThresholdsAction = workspaceAction(leakThresholdsInput, "owner", (ctx, input) => updateLeakThresholds(ctx, input));
