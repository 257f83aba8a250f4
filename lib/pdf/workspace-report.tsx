// Renamed: lint takes <Image> for an HTML image needing alt text; a PDF image has none.
import { Document, Image as PdfImage, Page, Text, View } from "@react-pdf/renderer";
import { Fragment } from "react";
import { investmentBlocks } from "./report-investment-section";
import { CONTENT, packPages, type Block } from "./report-layout";
import type { ReportModel } from "./report-model";
import { leakBlock, leakId, type LeakRank } from "./report-leak-block";
import { Footer, headingBlock, paragraphBlock, periodText, styles } from "./report-parts";
import { summaryBlocks } from "./report-summary-page";
import { lineHeight, textHeight } from "./text-metrics";
import { reportTexts } from "./texts";

/** A PNG/JPEG as react-pdf takes it: already validated by render.ts (no URLs: they would be fetched). */
export type ReportLogo = string | Buffer;

/** How the footers number the pages: as planned (plain text), or by react-pdf while it paginates. */
export type PageNumbering = "planned" | "dynamic";

function Cover({ model, logo }: { model: ReportModel; logo?: ReportLogo }) {
  const t = reportTexts(model.locale);
  return (
    <View style={{ marginTop: 120 }}>
      {logo ? (
        <PdfImage src={logo} style={{ maxWidth: 180, maxHeight: 90, objectFit: "contain", marginBottom: 28 }} />
      ) : null}
      <Text style={styles.h1}>{model.workspaceName}</Text>
      <Text style={{ fontSize: 16, marginBottom: 24 }}>{t.reportTitle}</Text>
      <Text>{`${t.period}: ${periodText(model.period, model.locale)} (${model.periodLabel})\n${t.scenario}: ${t.scenarios[model.scenario]}`}</Text>
      {model.consultantName ? <Text style={{ marginTop: 18 }}>{t.preparedBy(model.consultantName)}</Text> : null}
      {model.investments.length === 0 ? (
        <View style={{ marginTop: 60 }}>
          <Text style={styles.h2}>{t.noInvestments}</Text>
          <Text>{t.noInvestmentsHint}</Text>
        </View>
      ) : null}
    </View>
  );
}

function leakPageBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  const { locale } = model;
  return [
    headingBlock(t.rankedLeaks, "h2"),
    { ...paragraphBlock(t.rankedLeaksIntro, { muted: true, marginBottom: 8 }), keepWithNext: true },
    ...(model.leaks.length === 0
      ? [paragraphBlock(t.noLeaks, { muted: true })]
      : model.leaks.map((leak, i) => leakBlock(leak, locale, { rank: i + 1 }))),
    ...(model.reviewedLeaks.length === 0
      ? []
      : [
          headingBlock(t.reviewedLeaks, "h2"),
          { ...paragraphBlock(t.reviewedLeaksIntro, { muted: true, marginBottom: 8 }), keepWithNext: true },
          ...model.reviewedLeaks.map((leak, i) => leakBlock(leak, locale, { rank: i + 1 })),
        ]),
  ];
}

function appendixBlocks(model: ReportModel): Block[] {
  const t = reportTexts(model.locale);
  return [
    headingBlock(t.appendix, "h2"),
    { ...paragraphBlock(t.appendixIntro, { muted: true, marginBottom: 8 }), keepWithNext: true },
    ...model.appendix.map((entry) => ({
      height:
        textHeight(entry.term, CONTENT.width, { fontSize: 10, bold: true }) +
        textHeight(entry.text, CONTENT.width, { fontSize: 10 }) +
        6,
      node: (
        <Text style={{ marginBottom: 6 }}>
          <Text style={styles.bold}>{entry.term}</Text>
          {`\n${entry.text}`}
        </Text>
      ),
    })),
  ];
}

/** The pages of the workspace report: cover, summary, a section per investment, ranked leaks (open, then reviewed), appendix. */
export function planWorkspaceReport(model: ReportModel, logo?: ReportLogo): Block[][] {
  const cover: Block = { height: lineHeight(10), node: <Cover model={model} logo={logo} /> };
  if (model.investments.length === 0) return [[cover], ...packPages(appendixBlocks(model))];
  // Each finding and next step is printed once, in the ranked list; the sections point there.
  const ranks = new Map<string, LeakRank>();
  model.leaks.forEach((leak, i) => ranks.set(leakId(leak), { rank: i + 1, reviewed: false }));
  model.reviewedLeaks.forEach((leak, i) => ranks.set(leakId(leak), { rank: i + 1, reviewed: true }));
  return [
    [cover],
    ...packPages(summaryBlocks(model)),
    ...model.investments.flatMap((investment) => {
      const section = investmentBlocks(model, investment, { compact: false, ranks });
      return packPages(section.blocks, { continued: section.continued });
    }),
    ...packPages(leakPageBlocks(model)),
    ...packPages(appendixBlocks(model)),
  ];
}

/** A planned document: one <Page> per planned page, each with its footer. */
export function PlannedDocument({
  model,
  pages,
  numbering,
  title,
}: {
  model: ReportModel;
  pages: Block[][];
  numbering: PageNumbering;
  title: string;
}) {
  return (
    <Document
      title={title}
      author={model.consultantName || undefined}
      creator="Realised"
      producer="Realised"
      language={model.locale}
    >
      {pages.map((blocks, p) => (
        <Page key={p} size="A4" style={styles.page}>
          {blocks.map((block, b) => (
            <Fragment key={b}>{block.node}</Fragment>
          ))}
          <Footer model={model} page={numbering === "planned" ? { number: p + 1, total: pages.length } : undefined} />
        </Page>
      ))}
    </Document>
  );
}

/** The stakeholder report. */
export function WorkspaceReport({
  model,
  pages,
  numbering,
}: {
  model: ReportModel;
  pages: Block[][];
  numbering: PageNumbering;
}) {
  const t = reportTexts(model.locale);
  return PlannedDocument({
    model,
    pages,
    numbering,
    title: `${model.workspaceName} · ${t.reportTitle} · ${model.periodLabel}`,
  });
}
