import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReportInvestment, ReportModel } from "./report-model";
import { Footer, periodText, styles } from "./report-parts";
import { reportTexts } from "./texts";
import { InvestmentSection } from "./workspace-report";

/** One investment on one page: figures, chart, the first KPIs and the largest leaks. */
export function InvestmentReport({ model, investment }: { model: ReportModel; investment: ReportInvestment }) {
  const t = reportTexts(model.locale);
  return (
    <Document
      title={`${investment.name} · ${model.periodLabel}`}
      author={model.consultantName || undefined}
      creator="Realised"
      producer="Realised"
      language={model.locale}
    >
      <Page size="A4" style={styles.page}>
        <View style={{ marginBottom: 8 }}>
          <Text style={styles.small}>{`${model.workspaceName} · ${t.investmentReportTitle}`}</Text>
          <Text
            style={styles.small}
          >{`${t.period}: ${periodText(model.period, model.locale)} · ${t.scenario}: ${t.scenarios[model.scenario]}`}</Text>
        </View>
        <InvestmentSection model={model} investment={investment} compact />
        <Footer model={model} />
      </Page>
    </Document>
  );
}
