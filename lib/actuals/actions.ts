"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { resolveUiLocale } from "@/lib/i18n/request";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import {
  ActualsConflictError,
  CONFLICT_MESSAGE,
  deleteActuals,
  saveActuals,
  type SaveActualsResult,
} from "./mutations";
import { deleteActualsInput, saveActualsInput } from "./schemas";

const save = workspaceAction(saveActualsInput, "editor", async (ctx, input) => {
  try {
    return { saved: await saveActuals(ctx, input) };
  } catch (error) {
    // The transaction has rolled back; hand both versions out instead of a bare error.
    if (error instanceof ActualsConflictError) return { conflict: error.conflict };
    throw error;
  }
});

/** Saves one month of actuals (editor). A stale baseRevision fails with CONFLICT and carries `conflict: { yours, theirs }`. */
export const saveActualsAction = Object.assign(
  async (raw: unknown): Promise<SaveActualsResult> => {
    const result = await save(raw);
    if (!result.ok) return result;
    if ("conflict" in result.data) {
      const locale = await resolveUiLocale().catch(() => "en" as const);
      const message = translateServerMessage(CONFLICT_MESSAGE, locale);
      return { ok: false, error: "CONFLICT", message, fieldErrors: {}, conflict: result.data.conflict };
    }
    return { ok: true, data: result.data.saved };
  },
  { minRole: save.minRole, isWorkspaceAction: save.isWorkspaceAction },
);

export const deleteActualsAction = workspaceAction(deleteActualsInput, "editor", (ctx, input) =>
  deleteActuals(ctx, input),
);
