// Renamed: lint takes <Image> for an HTML image needing alt text; a PDF image has none.
import { Document, Image as PdfImage, Page, Text, View } from "@react-pdf/renderer";
import { Fragment } from "react";
import { formatDateTime } from "./formatters";
import { investmentBlocks } from "./report-investment-section";
import { CONTENT, packPages, type Block } from "./report-layout";
import type { ReportModel } from "./report-model";
import { leakBlock, leakId, type LeakRank } from "./report-leak-block";
import { colors, Footer, headingBlock, money, paragraphBlock, percent, periodText, styles } from "./report-parts";
import { hasConversions, rateAppendixBlocks } from "./report-rates";
import { overviewBlocks, summaryBlocks } from "./report-summary-page";
import { linesBlock, pageIsExact, Painted, paintStack, paragraphLines } from "./report-paint";
import { lineHeight } from "./text-metrics";
import { reportTexts } from "./texts";

/** A PNG/JPEG as react-pdf takes it: already validated by render.ts (no URLs: they would be fetched). */
export type ReportLogo = string | Buffer;

/** How the footers number the pages: as planned (plain text), or by react-pdf while it paginates. */
export type PageNumbering = "planned" | "dynamic";

type ContentsEntry = { label: string; page: number };

/** A headline figure on the cover: a label, the figure large, and a line under it. */
function CoverFigure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <View style={styles.coverFigure}>
      <Text style={styles.figureLabel}>{label}</Text>
      <Text style={styles.coverFigureValue}>{value}</Text>
      <Text style={styles.small}>{note}</Text>
    </View>
  );
}

/**
 * The cover: logo, workspace, period, who prepared it and when, the scenario, the three
 * headline figures in the workspace's currency (other currencies converted, each stated with
 * its own figures; "incomplete" when a rate is missing; drafts apart, never added) and the
 * contents with their pages. Always one page.
 */
function Cover({ model, logo, contents }: { model: ReportModel; logo?: ReportLogo; contents: ContentsEntry[] }) {
  const t = reportTexts(model.locale);
  const f = t.frame;
  const { headline, otherCurrencies, drafts } = model.summary;
  const m = (value: number) => money(value, model, headline.currency);
  const rate = model.discountRatePct === null ? null : percent(Number(model.discountRatePct), model.locale);
  const meta: [string, string][] = [
    [t.period, `${periodText(model.period, model.locale)} (${model.periodLabel})`],
    [t.scenario, t.scenarios[model.scenario]],
    ...(model.consultantName ? [[f.preparedByLabel, model.consultantName] as [string, string]] : []),
    [f.generatedLabel, formatDateTime(model.generatedAt, model.locale)],
    [f.currencyLabel, model.currency],
  ];
  const { conversion } = model.summary;
  const incomplete = conversion.complete ? null : t.conversion.coverIncomplete(conversion.missing.length);
  const apart = [
    ...otherCurrencies.map((o) =>
      f.otherCurrencyLine(
        o.currency,
        o.investments,
        `${f.otherCurrencyFigures(
          money(o.invested, model, o.currency),
          money(o.realised, model, o.currency),
          percent(o.actualRoiPct, model.locale),
        )}${o.converted ? `; ${t.conversion.convertedAs(o.converted.currency, money(o.converted.invested, model, o.converted.currency), money(o.converted.realised, model, o.converted.currency))}` : ""}`,
      ),
    ),
    ...(drafts.length > 0
      ? [f.draftsLine(drafts.map((d) => `${d.investments} ${t.statuses.draft} (${d.currency})`).join(", "))]
      : []),
  ];
  return (
    <View>
      <View style={styles.coverBand} />
      {logo ? (
        <PdfImage src={logo} style={{ maxWidth: 170, maxHeight: 80, objectFit: "contain", marginBottom: 24 }} />
      ) : null}
      <Text style={styles.coverKicker}>{t.reportTitle}</Text>
      <Text style={styles.coverTitle}>{model.workspaceName}</Text>
      <Text style={styles.coverPeriod}>{periodText(model.period, model.locale)}</Text>
      <View style={styles.coverMeta}>
        {meta.map(([label, value]) => (
          <Text key={label} style={styles.coverMetaRow}>
            <Text style={styles.muted}>{`${label}: `}</Text>
            {value}
          </Text>
        ))}
      </View>
      {model.investments.length === 0 ? (
        <View style={{ marginTop: 40 }}>
          <Text style={styles.h2}>{t.noInvestments}</Text>
          <Text>{t.noInvestmentsHint}</Text>
        </View>
      ) : (
        <>
          <Text style={[styles.muted, { marginTop: 28, marginBottom: 6 }]}>
            {f.coverScope(headline.investments, headline.currency, otherCurrencies.length > 0)}
          </Text>
          <View style={styles.coverFigures}>
            <CoverFigure
              label={f.coverFigures.invested}
              value={m(headline.invested)}
              note={f.inPeriod(m(headline.investedInPeriod))}
            />
            <CoverFigure
              label={f.coverFigures.realised}
              value={m(headline.realised)}
              note={f.inPeriod(m(headline.realisedInPeriod))}
            />
            <CoverFigure
              label={f.coverFigures.roi}
              value={percent(headline.actualRoiPct, model.locale)}
              note={f.forecastSameMonths(percent(headline.forecastRoiPct, model.locale))}
            />
          </View>
          <View style={[styles.coverFigures, { marginTop: 12 }]}>
            <CoverFigure label={f.npv} value={headline.npv === null ? "—" : m(headline.npv)} note={f.npvRate(rate)} />
            <CoverFigure
              label={t.payback}
              value={`${headline.payback.paid_back + headline.payback.on_track} / ${headline.investments}`}
              note={t.paybackCounts(headline.payback)}
            />
            <CoverFigure
              label={t.leaks}
              value={String(headline.openLeaks)}
              note={t.openLeaksLine(headline.openLeaks, m(headline.atStakeMonthly))}
            />
          </View>
          {incomplete ? <Text style={[styles.bold, { color: colors.bad, marginTop: 10 }]}>{incomplete}</Text> : null}
          {apart.length > 0 ? (
            <Text style={[styles.muted, { marginTop: incomplete ? 2 : 10 }]}>{apart.join("\n")}</Text>
          ) : null}
        </>
      )}
      {contents.length > 0 ? (
        <View style={{ marginTop: 36 }}>
          <Text style={styles.h3}>{f.contents}</Text>
          {contents.map((entry) => (
            <View key={entry.label} style={styles.contentsRow}>
              <Text>{entry.label}</Text>
              <Text>{String(entry.page)}</Text>
            </View>
          ))}
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
    ...model.appendix.map((entry) =>
      linesBlock(
        paragraphLines([{ text: entry.term, face: "bold" }, { text: `\n${entry.text}` }], {
          size: 10,
          marginBottom: 6,
        }),
      ),
    ),
  ];
}

/**
 * The pages of the workspace report: cover, executive summary, investments at a glance, a
 * section per investment, ranked leaks (open, then reviewed), appendix, and when anything was
 * converted the exchange rates used. The cover's contents name the page each part starts on,
 * known once the rest is packed.
 */
export function planWorkspaceReport(model: ReportModel, logo?: ReportLogo): Block[][] {
  const f = reportTexts(model.locale).frame;
  const cover = (contents: ContentsEntry[]): Block => ({
    height: lineHeight(10),
    node: <Cover model={model} logo={logo} contents={contents} />,
  });
  const appendix = packPages(appendixBlocks(model));
  if (model.investments.length === 0) return [[cover([])], ...appendix];
  const rates: [string, Block[][]][] = hasConversions(model)
    ? [[f.contentsEntries.rates, packPages(rateAppendixBlocks(model))]]
    : [];
  // Each finding and next step is printed once, in the ranked list; the sections point there.
  const ranks = new Map<string, LeakRank>();
  model.leaks.forEach((leak, i) => ranks.set(leakId(leak), { rank: i + 1, reviewed: false }));
  model.reviewedLeaks.forEach((leak, i) => ranks.set(leakId(leak), { rank: i + 1, reviewed: true }));
  const parts: [string, Block[][]][] = [
    [f.contentsEntries.summary, packPages(summaryBlocks(model))],
    [f.contentsEntries.overview, packPages(overviewBlocks(model))],
    [
      f.contentsEntries.investments,
      model.investments.flatMap((investment) => {
        const section = investmentBlocks(model, investment, { compact: false, ranks });
        return packPages(section.blocks, { continued: section.continued });
      }),
    ],
    [f.contentsEntries.leaks, packPages(leakPageBlocks(model))],
    [f.contentsEntries.appendix, appendix],
    ...rates,
  ];
  const contents: ContentsEntry[] = [];
  let page = 2;
  for (const [label, pages] of parts) {
    contents.push({ label, page });
    page += pages.length;
  }
  return [[cover(contents)], ...parts.flatMap(([, pages]) => pages)];
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
      {pages.map((blocks, p) => {
        // A page of painted blocks is one canvas: no layout node per block, no pagination.
        const exact = pageIsExact(blocks);
        return (
          <Page key={p} size="A4" style={styles.page} wrap={!exact}>
            {exact ? (
              <Painted height={CONTENT.height} paint={(painter, width) => paintStack(painter, blocks, width)} />
            ) : (
              blocks.map((block, b) => <Fragment key={b}>{block.node}</Fragment>)
            )}
            <Footer model={model} page={numbering === "planned" ? { number: p + 1, total: pages.length } : undefined} />
          </Page>
        );
      })}
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
