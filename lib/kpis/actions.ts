"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { resolveUiLocale } from "@/lib/i18n/request";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import {
  deleteKpiMeasurement,
  MEASUREMENT_CONFLICT_MESSAGE,
  MeasurementConflictError,
  recordKpiMeasurement,
  type MeasurementConflict,
  type MeasurementResult,
} from "./measurements";
import { createKpi, deleteKpi, updateKpi } from "./mutations";
import { createKpiInput, kpiRef, measurementRef, recordMeasurementInput, updateKpiInput } from "./schemas";

export const createKpiAction = workspaceAction(createKpiInput, "editor", (ctx, input) => createKpi(ctx, input));
export const updateKpiAction = workspaceAction(updateKpiInput, "editor", (ctx, input) => updateKpi(ctx, input));
export const deleteKpiAction = workspaceAction(kpiRef, "editor", (ctx, input) => deleteKpi(ctx, input));

/** Runs a measurement write, handing a conflict out as data (the write was not made) instead of a bare error. */
async function orConflict(write: () => Promise<void>): Promise<{ conflict: MeasurementConflict } | null> {
  try {
    await write();
    return null;
  } catch (error) {
    if (error instanceof MeasurementConflictError) return { conflict: error.conflict };
    throw error;
  }
}

const record = workspaceAction(recordMeasurementInput, "editor", (ctx, input) =>
  orConflict(() => recordKpiMeasurement(ctx, input)),
);
const remove = workspaceAction(measurementRef, "editor", (ctx, input) =>
  orConflict(() => deleteKpiMeasurement(ctx, input)),
);

/** A refused write becomes a CONFLICT failure that carries `conflict: { yours, theirs }` for the UI. */
function withConflict(action: typeof record) {
  return Object.assign(
    async (raw: unknown): Promise<MeasurementResult> => {
      const result = await action(raw);
      if (!result.ok) return result;
      if (!result.data) return { ok: true, data: undefined };
      const locale = await resolveUiLocale().catch(() => "en" as const);
      const message = translateServerMessage(MEASUREMENT_CONFLICT_MESSAGE, locale);
      return { ok: false, error: "CONFLICT", message, fieldErrors: {}, conflict: result.data.conflict };
    },
    { minRole: action.minRole, isWorkspaceAction: action.isWorkspaceAction },
  );
}

/** Records a KPI value for a month (editor), based on `baseValue`: the value the user saw, empty for none. */
export const recordKpiMeasurementAction = withConflict(record);
/** Deletes a KPI value of a month (editor), based on `baseValue`. */
export const deleteKpiMeasurementAction = withConflict(remove);
