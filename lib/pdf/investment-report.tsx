import { investmentBlocks } from "./report-investment-section";
import { packPages, type Block } from "./report-layout";
import type { ReportInvestment, ReportModel } from "./report-model";
import { periodText, smallBlock } from "./report-parts";
import { reportTexts } from "./texts";
import { PlannedDocument, type PageNumbering } from "./workspace-report";

/**
 * One investment: the same section as in the workspace report (figures, discounted figures,
 * chart, month table, tornado, uncertainty), with the first KPIs and the largest leaks (open
 * and reviewed); it runs over as many pages as the month table needs.
 */
export function planInvestmentReport(model: ReportModel, investment: ReportInvestment): Block[][] {
  const t = reportTexts(model.locale);
  const header = smallBlock(
    `${model.workspaceName} · ${t.investmentReportTitle}\n${t.period}: ${periodText(model.period, model.locale)} · ${t.scenario}: ${t.scenarios[model.scenario]}`,
    8,
  );
  const section = investmentBlocks(model, investment, { compact: true });
  return packPages([header, ...section.blocks], { continued: section.continued });
}

export function InvestmentReport({
  model,
  investment,
  pages,
  numbering,
}: {
  model: ReportModel;
  investment: ReportInvestment;
  pages: Block[][];
  numbering: PageNumbering;
}) {
  return PlannedDocument({ model, pages, numbering, title: `${investment.name} · ${model.periodLabel}` });
}
