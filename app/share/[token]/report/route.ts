import { pdfResponse, readReportQuery, reportFileName } from "@/lib/pdf/http";
import { generateAndFreezeReport } from "@/lib/reports/freeze";
import { openShareLink } from "@/lib/sharing/queries";
import { exportErrorResponse } from "@/lib/transfer/http";

type Params = { params: Promise<{ token: string }> };

/**
 * The PDF behind a share link: the workspace report, or the investment's one-pager. The
 * PDF shows amounts, so a percentages-only link does not offer it. Downloads are frozen
 * (channel "share") so the workspace sees what stakeholders received: once per link and
 * set of figures, so asking again while nothing changed serves the same stored PDF.
 */
export async function GET(request: Request, { params }: Params) {
  try {
    const opened = await openShareLink((await params).token);
    if (opened.state !== "valid") return Response.json({ error: "This link is not available" }, { status: 404 });
    const { link } = opened;
    if (link.percentOnly) return Response.json({ error: "This link shows percentages only; the PDF is not part of it" }, { status: 403 });
    const options = readReportQuery(request.url, link.workspace.locale);
    const { pdf, model } = await generateAndFreezeReport(
      { workspace: link.workspace, user: null },
      { ...options, investmentId: link.investmentId ?? undefined, channel: "share", recipients: [], createdByName: "share link", shareLinkId: link.id },
    );
    return pdfResponse(pdf, reportFileName(`${link.workspace.name} ${model.periodLabel}`));
  } catch (error) {
    return exportErrorResponse(error);
  }
}
