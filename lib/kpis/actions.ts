"use server";

import { workspaceAction } from "@/lib/actions/define-action";
import { createKpi, deleteKpi, deleteKpiMeasurement, recordKpiMeasurement, updateKpi } from "./mutations";
import { createKpiInput, kpiRef, measurementRef, recordMeasurementInput, updateKpiInput } from "./schemas";

export const createKpiAction = workspaceAction(createKpiInput, "editor", (ctx, input) => createKpi(ctx, input));
export const updateKpiAction = workspaceAction(updateKpiInput, "editor", (ctx, input) => updateKpi(ctx, input));
export const deleteKpiAction = workspaceAction(kpiRef, "editor", (ctx, input) => deleteKpi(ctx, input));
export const recordKpiMeasurementAction = workspaceAction(recordMeasurementInput, "editor", (ctx, input) =>
  recordKpiMeasurement(ctx, input),
);
export const deleteKpiMeasurementAction = workspaceAction(measurementRef, "editor", (ctx, input) =>
  deleteKpiMeasurement(ctx, input),
);
