"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { setAlertPreference } from "./mutations";
import { alertPreferenceInput } from "./schemas";

// Viewers too: the choice only concerns the caller's own inbox.
export const setAlertPreferenceAction = workspaceAction(alertPreferenceInput, "viewer", (ctx, input) => setAlertPreference(ctx, input));
