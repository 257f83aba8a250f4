// Renamed: lint takes <Image> for an HTML image needing alt text; a PDF image has none.
import { Document, Image as PdfImage, Page, Text, View } from "@react-pdf/renderer";
import { formatPeriod } from "./formatters";
import type { ReportInvestment, ReportModel } from "./report-model";
import { Figure, Footer, KpiTable, LeakList, RoiChart, money, percent, periodText, styles } from "./report-parts";
import { reportTexts } from "./texts";

/** A PNG/JPEG as react-pdf takes it: already validated by render.ts (no URLs: they would be fetched). */
export type ReportLogo = string | Buffer;

function Cover({ model, logo }: { model: ReportModel; logo?: ReportLogo }) {
  const t = reportTexts(model.locale);
  return (
    <View style={{ marginTop: 120 }}>
      {logo ? (
        <PdfImage src={logo} style={{ maxWidth: 180, maxHeight: 90, objectFit: "contain", marginBottom: 28 }} />
      ) : null}
      <Text style={styles.h1}>{model.workspaceName}</Text>
      <Text style={{ fontSize: 16, marginBottom: 24 }}>{t.reportTitle}</Text>
      <Text>{`${t.period}: ${periodText(model.period, model.locale)} (${model.periodLabel})`}</Text>
      <Text>{`${t.scenario}: ${t.scenarios[model.scenario]}`}</Text>
      {model.consultantName ? <Text style={{ marginTop: 18 }}>{t.preparedBy(model.consultantName)}</Text> : null}
    </View>
  );
}

function Summary({ model }: { model: ReportModel }) {
  const t = reportTexts(model.locale);
  const s = model.summary;
  const m = (v: number) => money(v, model, model.currency);
  return (
    <View break>
      <Text style={styles.h2}>{t.executiveSummary}</Text>
      <View style={styles.figures}>
        <Figure label={t.invested} value={m(s.invested)} />
        <Figure label={t.realised} value={m(s.realised)} />
        <Figure label={t.net} value={m(s.net)} />
        <Figure label={t.actualRoi} value={percent(s.actualRoiPct, model.locale)} />
        <Figure label={t.forecastRoi} value={percent(s.forecastRoiPct, model.locale)} />
        <Figure label={t.plannedRoi(t.scenarios[model.scenario])} value={percent(s.plannedRoiPct, model.locale)} />
        <Figure label={t.investedInPeriod} value={m(s.investedInPeriod)} />
        <Figure label={t.realisedInPeriod} value={m(s.realisedInPeriod)} />
      </View>
      <Text style={styles.h3}>{t.payback}</Text>
      <Text>{t.paybackCounts(s)}</Text>
      <Text style={styles.h3}>{t.investments}</Text>
      <View style={styles.headRow}>
        <Text style={{ flex: 4 }}>{t.columns.investment}</Text>
        <Text style={{ flex: 2 }}>{t.status}</Text>
        <Text style={{ flex: 3, textAlign: "right" }}>{t.columns.invested}</Text>
        <Text style={{ flex: 3, textAlign: "right" }}>{t.columns.realised}</Text>
        <Text style={{ flex: 2, textAlign: "right" }}>{t.actualRoi}</Text>
        <Text style={{ flex: 2, textAlign: "right" }}>{t.payback}</Text>
      </View>
      {model.investments.map((i) => (
        <View key={i.id} style={styles.row} wrap={false}>
          <Text style={{ flex: 4 }}>{i.name}</Text>
          <Text style={{ flex: 2 }}>{t.statuses[i.status] ?? i.status}</Text>
          <Text style={{ flex: 3, textAlign: "right" }}>{money(i.invested, model, i.currency)}</Text>
          <Text style={{ flex: 3, textAlign: "right" }}>{money(i.realised, model, i.currency)}</Text>
          <Text style={{ flex: 2, textAlign: "right" }}>{percent(i.actualRoiPct, model.locale)}</Text>
          <Text style={{ flex: 2, textAlign: "right" }}>{t.paybackStates[i.paybackState]}</Text>
        </View>
      ))}
    </View>
  );
}

export function InvestmentSection({
  model,
  investment,
  compact,
}: {
  model: ReportModel;
  investment: ReportInvestment;
  compact: boolean;
}) {
  const t = reportTexts(model.locale);
  const m = (v: number) => money(v, model, investment.currency);
  const payback = (period: string | null) => (period ? formatPeriod(period, model.locale) : "—");
  return (
    <View>
      <Text style={styles.h2}>{investment.name}</Text>
      <Text style={[styles.muted, { marginBottom: 6 }]}>
        {`${t.status}: ${t.statuses[investment.status] ?? investment.status} · ${t.payback}: ${t.paybackStates[investment.paybackState]}${investment.ownerName ? ` · ${investment.ownerName}` : ""}`}
      </Text>
      {investment.valid ? null : <Text style={styles.muted}>{t.invalidPlan}</Text>}
      <View style={styles.figures}>
        <Figure label={t.invested} value={m(investment.invested)} />
        <Figure label={t.realised} value={m(investment.realised)} />
        <Figure label={t.net} value={m(investment.net)} />
        <Figure label={t.actualRoi} value={percent(investment.actualRoiPct, model.locale)} />
        <Figure label={t.forecastRoi} value={percent(investment.forecastRoiPct, model.locale)} />
        <Figure
          label={t.plannedRoi(t.scenarios[model.scenario])}
          value={percent(investment.plannedRoiPct, model.locale)}
        />
        <Figure label={t.plannedPayback} value={payback(investment.plannedPaybackPeriod)} />
        <Figure label={t.projectedPayback} value={payback(investment.projectedPaybackPeriod)} />
      </View>
      <Text style={styles.h3}>{t.chartTitle}</Text>
      <RoiChart
        points={investment.chart}
        period={model.period}
        locale={model.locale}
        scenario={t.scenarios[model.scenario]}
      />
      <Text style={styles.h3}>{t.kpis}</Text>
      <KpiTable kpis={investment.kpis} locale={model.locale} limit={compact ? 5 : undefined} />
      <Text style={styles.h3}>{t.leaks}</Text>
      <LeakList leaks={investment.leaks} locale={model.locale} withInvestment={false} limit={compact ? 3 : undefined} />
    </View>
  );
}

/** The stakeholder report: cover, summary, a section per investment, ranked leaks, appendix. */
export function WorkspaceReport({ model, logo }: { model: ReportModel; logo?: ReportLogo }) {
  const t = reportTexts(model.locale);
  const title = `${model.workspaceName} · ${t.reportTitle} · ${model.periodLabel}`;
  return (
    <Document
      title={title}
      author={model.consultantName || undefined}
      creator="Realised"
      producer="Realised"
      language={model.locale}
    >
      <Page size="A4" style={styles.page}>
        <Cover model={model} logo={logo} />
        {model.investments.length === 0 ? (
          <View style={{ marginTop: 60 }}>
            <Text style={styles.h2}>{t.noInvestments}</Text>
            <Text>{t.noInvestmentsHint}</Text>
          </View>
        ) : (
          <Summary model={model} />
        )}
        <Footer model={model} />
      </Page>
      {model.investments.map((investment) => (
        <Page key={investment.id} size="A4" style={styles.page}>
          <InvestmentSection model={model} investment={investment} compact={false} />
          <Footer model={model} />
        </Page>
      ))}
      {model.investments.length > 0 ? (
        <Page size="A4" style={styles.page}>
          <Text style={styles.h2}>{t.rankedLeaks}</Text>
          <Text style={[styles.muted, { marginBottom: 8 }]}>{t.rankedLeaksIntro}</Text>
          <LeakList leaks={model.leaks} locale={model.locale} withInvestment />
          <Footer model={model} />
        </Page>
      ) : null}
      <Page size="A4" style={styles.page}>
        <Text style={styles.h2}>{t.appendix}</Text>
        <Text style={[styles.muted, { marginBottom: 8 }]}>{t.appendixIntro}</Text>
        {model.appendix.map((entry) => (
          <View key={entry.term} style={{ marginBottom: 6 }} wrap={false}>
            <Text style={{ fontFamily: "Helvetica-Bold" }}>{entry.term}</Text>
            <Text>{entry.text}</Text>
          </View>
        ))}
        <Footer model={model} />
      </Page>
    </Document>
  );
}
