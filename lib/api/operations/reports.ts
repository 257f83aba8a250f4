import { z } from "zod";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { notFoundError } from "@/lib/errors";
import { reportFileName } from "@/lib/pdf/http";
import { defaultReportPeriod, formatReportPeriod } from "@/lib/pdf/report-period";
import { generateReport } from "@/lib/reports/mutations";
import { getReportMetadata, getStoredReport, type ReportMetadata } from "@/lib/reports/queries";
import { REPORT_CHANNELS } from "@/lib/reports/schemas";
import { SCENARIO_NAMES } from "@/lib/roi";
import { attachmentHeader } from "@/lib/transfer/file-names";
import { defineOperation } from "../operation";
import { slugParams } from "../schemas";
import { workspaceLink } from "../links";

// Reports: made and frozen exactly like the reports page makes them (lib/reports), so the
// PDF fetched later is byte for byte the one that was generated, whatever changed since.

const TAG = "Reports";
const curlBase = "http://localhost:3000/api/v1/workspaces/acme-retail/reports";
const KINDS = ["workspace", "investment"] as const;

export const REPORT_KIND_MESSAGE = 'must be "workspace" or "investment"';
export const REPORT_LOCALE_MESSAGE = 'must be "en" or "nl"';
export const REPORT_SCENARIO_MESSAGE = `must be one of ${SCENARIO_NAMES.join(", ")}`;
export const INVESTMENT_ID_REQUIRED_MESSAGE = "is required for an investment report";
export const INVESTMENT_ID_UNEXPECTED_MESSAGE = "must be left out for a workspace report";

const reportParams = slugParams.extend({
  reportId: z.string().min(1).max(64).meta({ description: "The report's id", example: "cm9x3p7rt0004qz8hb2c1d0e9" }),
});

const newReport = z
  .strictObject({
    kind: z.enum(KINDS, { error: REPORT_KIND_MESSAGE }).meta({ description: "The workspace report, or one investment's one-pager" }),
    investmentId: z.string().min(1).max(64).optional().meta({ description: "The investment (kind investment only)" }),
    period: z
      .string()
      .max(40)
      .optional()
      .meta({
        description: "YYYY-MM or YYYY-MM..YYYY-MM; the last month may not lie after the current one. Default: the last complete month",
        example: "2026-01..2026-06",
      }),
    locale: z.enum(UI_LOCALES, { error: REPORT_LOCALE_MESSAGE }).meta({ description: "The report's language" }),
    scenario: z.enum(SCENARIO_NAMES, { error: REPORT_SCENARIO_MESSAGE }).optional().meta({ description: "The forecast scenario shown (default expected)" }),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "investment" && value.investmentId === undefined) {
      ctx.addIssue({ code: "custom", path: ["investmentId"], message: INVESTMENT_ID_REQUIRED_MESSAGE });
    }
    if (value.kind === "workspace" && value.investmentId !== undefined) {
      ctx.addIssue({ code: "custom", path: ["investmentId"], message: INVESTMENT_ID_UNEXPECTED_MESSAGE });
    }
  })
  .meta({ id: "NewReport" });

const reportBody = z
  .object({
    id: z.string(),
    kind: z.enum(KINDS),
    investmentId: z.string().nullable(),
    period: z.string().meta({ description: "The months it covers, YYYY-MM..YYYY-MM", example: "2026-01..2026-06" }),
    locale: z.enum(UI_LOCALES),
    scenario: z.enum(SCENARIO_NAMES),
    channel: z.enum(REPORT_CHANNELS).meta({ description: "How it was made: downloaded, e-mailed, through a share link or through the API" }),
    byteSize: z.number().int(),
    inputHash: z.string().meta({ description: "SHA-256 of everything the PDF was made from; equal figures give an equal hash" }),
    createdByName: z.string(),
    createdAt: z.string().meta({ description: "An ISO 8601 moment (UTC)" }),
    links: z.object({ self: z.string(), pdf: z.string().meta({ description: "The frozen PDF" }) }),
  })
  .meta({ id: "Report" });

function reportOf(slug: string, report: ReportMetadata): z.infer<typeof reportBody> {
  const self = workspaceLink(slug, "reports", report.id);
  return {
    id: report.id,
    kind: report.kind as (typeof KINDS)[number],
    investmentId: report.investmentId,
    period: report.period,
    locale: report.locale as (typeof UI_LOCALES)[number],
    scenario: report.scenario as (typeof SCENARIO_NAMES)[number],
    channel: report.channel as (typeof REPORT_CHANNELS)[number],
    byteSize: report.byteSize,
    inputHash: report.inputHash,
    createdByName: report.createdByName,
    createdAt: report.createdAt.toISOString(),
    links: { self, pdf: `${self}/pdf` },
  };
}

export const createReport = defineOperation({
  operationId: "createReport",
  method: "post",
  path: "/workspaces/{slug}/reports",
  tag: TAG,
  summary: "Generate a PDF report and keep it",
  description:
    "Renders the workspace report or an investment's one-pager and freezes it (the PDF and its inputs) like the reports page does; " +
    "it is listed there with channel api, and the event report.generated is sent. " +
    "Needs a write token acting as editor or owner (the reports page asks the same role).",
  access: "write",
  minRole: "editor",
  params: slugParams,
  body: newReport,
  idempotencyKey: true,
  responses: { 201: { description: "Generated", schema: reportBody, headers: { Location: "The report's address" } } },
  curl: [
    `curl -X POST ${curlBase} \\`,
    '  -H "Authorization: Bearer $REALISED_TOKEN" -H "Content-Type: application/json" \\',
    '  -H "Idempotency-Key: 2b7e51c0-report-2026-06" \\',
    `  -d '{"kind":"workspace","period":"2026-01..2026-06","locale":"nl"}'`,
  ].join("\n"),
  handle: async ({ ctx, body, now }) => {
    const period = body.period ?? formatReportPeriod(defaultReportPeriod(now));
    const generated = await generateReport(
      ctx,
      { period, locale: body.locale, scenario: body.scenario ?? "expected", investmentId: body.investmentId ?? "" },
      now,
      "api",
    );
    const report = await getReportMetadata(ctx.workspace.id, generated.id);
    if (!report) throw new Error(`Report ${generated.id} was not stored`);
    const answer = reportOf(ctx.workspace.slug, report);
    return { status: 201, body: answer, headers: { Location: answer.links.self } };
  },
});

export const getReport = defineOperation({
  operationId: "getReport",
  method: "get",
  path: "/workspaces/{slug}/reports/{reportId}",
  tag: TAG,
  summary: "What a stored report is: kind, period, language, size, when and how it was made",
  description: "Any report of the workspace, however it was made. Any token may read (viewer), as viewers may download reports in the app.",
  access: "read",
  minRole: "viewer",
  params: reportParams,
  responses: { 200: { description: "The report", schema: reportBody } },
  curl: `curl -H "Authorization: Bearer $REALISED_TOKEN" ${curlBase}/cm9x3p7rt0004qz8hb2c1d0e9`,
  handle: async ({ ctx, params }) => {
    const report = await getReportMetadata(ctx.workspace.id, params.reportId);
    if (!report) throw notFoundError();
    return { body: reportOf(ctx.workspace.slug, report) };
  },
});

export const getReportPdf = defineOperation({
  operationId: "getReportPdf",
  method: "get",
  path: "/workspaces/{slug}/reports/{reportId}/pdf",
  tag: TAG,
  summary: "The stored PDF, byte for byte as it was generated",
  description: "Any token may read (viewer).",
  access: "read",
  minRole: "viewer",
  params: reportParams,
  responses: {
    200: {
      description: "The PDF",
      contentType: "application/pdf",
      headers: { "Content-Disposition": "attachment, with a file name", "X-Report-Input-Hash": "The report's inputHash" },
    },
  },
  curl: `curl -H "Authorization: Bearer $REALISED_TOKEN" -o report.pdf ${curlBase}/cm9x3p7rt0004qz8hb2c1d0e9/pdf`,
  handle: async ({ ctx, params }) => {
    const report = await getStoredReport(ctx.workspace.id, params.reportId);
    if (!report) throw notFoundError();
    const stamp = report.createdAt.toISOString().slice(0, 10);
    return {
      raw: { body: new Uint8Array(report.pdf), contentType: "application/pdf" },
      headers: {
        "Content-Disposition": attachmentHeader(reportFileName(`${ctx.workspace.name} ${report.period} ${stamp}`)),
        "X-Report-Input-Hash": report.inputHash,
        "X-Content-Type-Options": "nosniff",
      },
    };
  },
});
