"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { acknowledgeLeak, snoozeLeak, updateLeakThresholds } from "./mutations";
import { acknowledgeLeakInput, leakThresholdsInput, snoozeLeakInput } from "./schemas";

export const acknowledgeLeakAction = workspaceAction(acknowledgeLeakInput, "editor", (ctx, input) => acknowledgeLeak(ctx, input));
export const snoozeLeakAction = workspaceAction(snoozeLeakInput, "editor", (ctx, input) => snoozeLeak(ctx, input));
export const updateLeakThresholdsAction = workspaceAction(leakThresholdsInput, "owner", (ctx, input) => updateLeakThresholds(ctx, input));
