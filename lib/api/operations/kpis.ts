import { z } from "zod";
import { KPI_VALUE_PATTERN, kpiMeasurementBody, kpiValue } from "@/lib/kpis/api-input";
import { MeasurementPreconditionError, recordExpectedMeasurement, type ExpectedValue } from "@/lib/kpis/expected-measurement";
import { listInvestmentKpis } from "@/lib/kpis/queries";
import { defineOperation } from "../operation";
import { ApiProblem } from "../problem";
import { investmentParams, month, problemDocument } from "../schemas";

// An investment's KPIs and their monthly measurements. A measurement has no revision: its
// ETag is its value ("118.5"), and a write names the value it was based on.

const kpi = z
  .object({
    id: z.string(),
    name: z.string(),
    unit: z.string().meta({ example: "%" }),
    baseline: z.string().nullable().meta({ description: "The value before the investment, as a decimal string", example: "2.1" }),
    baselineDate: z.string().nullable().meta({ description: "When the baseline was measured (YYYY-MM-DD)", example: "2025-12-31" }),
    target: z.string().nullable().meta({ description: "The value aimed for, as a decimal string", example: "3" }),
    direction: z.enum(["up", "down"]).meta({ description: "Whether higher (up) or lower (down) is better" }),
    measurements: z.array(z.object({ month, value: kpiValue })).meta({ description: "The measured values, in month order" }),
  })
  .meta({ id: "Kpi" });

const kpiList = z.object({ kpis: z.array(kpi).meta({ description: "In display order" }) }).meta({ id: "KpiList" });

const measurement = z.object({ kpiId: z.string(), month, value: kpiValue }).meta({ id: "KpiMeasurement" });

const measurementParams = investmentParams.extend({
  kpiId: z.string().min(1).max(64).meta({ description: "The KPI's id (one of the investment's)", example: "cm9x2k1ab0002qz8h3d4e5f6h" }),
  month,
});

const base = "http://localhost:3000/api/v1/workspaces/acme-retail/investments/cm9x2k1ab0001qz8h3d4e5f6g";
const auth = '-H "Authorization: Bearer $REALISED_TOKEN"';

export const listKpis = defineOperation({
  operationId: "listKpis",
  method: "get",
  path: "/workspaces/{slug}/investments/{id}/kpis",
  tag: "KPIs",
  summary: "An investment's KPIs with their measurements",
  description: "Each KPI with its unit, baseline, target and direction, and its measured value per month. Values are exact decimal strings.",
  access: "read",
  minRole: "viewer",
  params: investmentParams,
  responses: { 200: { description: "The KPIs", schema: kpiList } },
  curl: `curl ${auth} ${base}/kpis`,
  handle: async ({ ctx, params }) => {
    const kpis = await listInvestmentKpis(ctx.workspace.id, params.id);
    return {
      body: { kpis: kpis.map(({ measurements, ...k }) => ({ ...k, measurements: measurements.map((m) => ({ month: m.period, value: m.value })) })) },
    };
  },
});

/** A measurement's ETag: its value in quotes. */
export const valueEtag = (value: string) => `"${value}"`;

const IF_MATCH_MESSAGE = 'If-Match must be the value you read, such as "118.5", or *';
const VALUE_TAG = /^(?:W\/)?"?([^",]*)"?$/;

/** If-Match as the value the write was based on: "*" or one or more quoted values (a malformed one is refused with 422). */
function expectedOf(ifMatch: string | null): ExpectedValue {
  if (ifMatch === null) return null;
  if (ifMatch.trim() === "*") return "*";
  return ifMatch.split(",").map((part) => {
    const value = part.trim().match(VALUE_TAG)?.[1];
    if (value === undefined || !KPI_VALUE_PATTERN.test(value)) {
      throw new ApiProblem("invalid-input", IF_MATCH_MESSAGE, { errors: [{ path: "If-Match", message: IF_MATCH_MESSAGE }] });
    }
    return value;
  });
}

function refusal(error: MeasurementPreconditionError): ApiProblem {
  const current = error.current;
  const headers: Record<string, string> = current === null ? {} : { ETag: valueEtag(current) };
  const extras = { currentValue: current, headers };
  if (error.reason === "revision-required" && current !== null) {
    return new ApiProblem("precondition-required", `This KPI already has another value for this month (${current}); send If-Match: "${current}" to replace it`, extras);
  }
  if (current === null) return new ApiProblem("precondition-failed", "This KPI has no value for this month yet; leave If-Match out to record one", extras);
  return new ApiProblem("precondition-failed", `This KPI's value for this month is now ${current}; read it again and send If-Match: "${current}"`, extras);
}

export const putKpiMeasurement = defineOperation({
  operationId: "putKpiMeasurement",
  method: "put",
  path: "/workspaces/{slug}/investments/{id}/kpis/{kpiId}/measurements/{month}",
  tag: "KPIs",
  summary: "Record or correct a KPI's value for one month",
  description: [
    "Sets one KPI's measured value for one month (a decimal string; negative allowed, at most 4 decimals). The KPI must be one of this investment's, else 404.",
    'A measurement has no revision: its ETag is its value, such as "118.5", compared as a number ("118.50" matches).',
    "Without If-Match: a month without a value gets one (201); the same value again is answered 200 without writing; another value is refused with 428, naming the current value.",
    'With If-Match: "<value>" replaces the value only while it is still that value, else 412 (also when there is no value yet: leave If-Match out to record one); "*" replaces whatever value is there. A value that changed and changed back meanwhile counts as unchanged.',
    'A month outside the investment\'s horizon or in the future is refused with 422 (path "month"). The change is audited as the token.',
  ].join("\n\n"),
  access: "write",
  minRole: "editor",
  params: measurementParams,
  body: kpiMeasurementBody,
  ifMatch: "optional",
  responses: {
    200: { description: "Replaced, or already this value", schema: measurement, headers: { ETag: "The value now, in quotes" } },
    201: { description: "Recorded", schema: measurement, headers: { ETag: "The value, in quotes" } },
    412: { description: "The value is not the one If-Match names (or there is none)", schema: problemDocument },
    428: { description: "The month already has another value: send If-Match with it", schema: problemDocument },
  },
  curl: [
    `curl -X PUT ${auth} -H "Content-Type: application/json" -H 'If-Match: "2.1"' \\`,
    `  -d '{"value":"2.35"}' ${base}/kpis/cm9x2k1ab0002qz8h3d4e5f6h/measurements/2026-03`,
  ].join("\n"),
  handle: async ({ ctx, params, body, ifMatch, now }) => {
    const expected = expectedOf(ifMatch);
    try {
      const { outcome, ...saved } = await recordExpectedMeasurement(
        ctx,
        { investmentId: params.id, kpiId: params.kpiId, month: params.month, value: body.value, expected },
        now,
      );
      return { status: outcome === "created" ? 201 : 200, body: saved, headers: { ETag: valueEtag(saved.value) } };
    } catch (error) {
      if (error instanceof MeasurementPreconditionError) throw refusal(error);
      throw error;
    }
  },
});
