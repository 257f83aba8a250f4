"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { resolveUiLocale } from "@/lib/i18n/request";
import { deleteRate, saveRate } from "./mutations";
import { importRateFile, previewRateFile } from "./rate-file";
import { confirmRateImportInput, deleteRateInput, previewRateImportInput, saveRateInput } from "./schemas";

const uiLocale = () => resolveUiLocale().catch(() => "en" as const);

export const saveRateAction = workspaceAction(saveRateInput, "editor", async (ctx, input) => {
  const row = await saveRate(ctx, input);
  return { id: row.id, updatedAt: row.updatedAt.toISOString() };
});

export const deleteRateAction = workspaceAction(deleteRateInput, "editor", (ctx, input) => deleteRate(ctx, input.id, input.expectedUpdatedAt));

/** Parses a rate file and compares it with the stored rates; nothing is written. */
export const previewRateImportAction = workspaceAction(previewRateImportInput, "editor", async (ctx, input) =>
  previewRateFile(ctx, input, await uiLocale()),
);

/** Parses the same file again and imports it, keeping or replacing months that have another rate as chosen. */
export const confirmRateImportAction = workspaceAction(confirmRateImportInput, "editor", async (ctx, input) =>
  importRateFile(ctx, input, await uiLocale()),
);
