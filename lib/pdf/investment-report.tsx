import { Text } from "@react-pdf/renderer";
import { investmentBlocks } from "./report-investment-section";
import { packPages, type Block } from "./report-layout";
import type { ReportInvestment, ReportModel } from "./report-model";
import { periodText, styles } from "./report-parts";
import { lineHeight } from "./text-metrics";
import { reportTexts } from "./texts";
import { PlannedDocument, type PageNumbering } from "./workspace-report";

/**
 * One investment: the same section as in the workspace report (figures, discounted figures,
 * chart, month table, tornado, uncertainty), with the first KPIs and the largest leaks (open
 * and reviewed); it runs over as many pages as the month table needs.
 */
export function planInvestmentReport(model: ReportModel, investment: ReportInvestment): Block[][] {
  const t = reportTexts(model.locale);
  const header: Block = {
    height: 2 * lineHeight(8) + 8,
    node: (
      <Text style={[styles.small, { marginBottom: 8 }]}>
        {`${model.workspaceName} · ${t.investmentReportTitle}\n${t.period}: ${periodText(model.period, model.locale)} · ${t.scenario}: ${t.scenarios[model.scenario]}`}
      </Text>
    ),
  };
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
