// Building blocks shared by the workspace report and the one-page investment report, each
// with its height (report-layout.ts packs them into pages): painted (report-paint.tsx), so
// react-pdf lays out no text of theirs. The styles are the cover's.
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import { colors } from "./report-colors";
import type { UiLocale } from "@/lib/i18n/locales";
import { formatDateTime, formatMoney, formatPercent, formatPeriod } from "./formatters";
import { FONT } from "./report-fonts";
import type { Block } from "./report-layout";
import type { ReportModel } from "./report-model";
import type { ReportPeriod } from "./report-period";
import { linesBlock, Painted, paintText, paragraphLines, type PaintRun } from "./report-paint";
import { lineHeight } from "./text-metrics";
import { reportTexts } from "./texts";

export { colors } from "./report-colors";

export const styles = StyleSheet.create({
  page: {
    paddingTop: 40,
    paddingBottom: 56,
    paddingHorizontal: 44,
    fontFamily: FONT.regular,
    fontSize: 10,
    color: colors.ink,
  },
  h2: { fontSize: 15, fontFamily: FONT.bold, marginBottom: 8, marginTop: 4 },
  h3: { fontSize: 11, fontFamily: FONT.bold, marginBottom: 4, marginTop: 10 },
  muted: { color: colors.muted },
  small: { fontSize: 8, color: colors.muted },
  bold: { fontFamily: FONT.bold },
  figureLabel: { fontSize: 8, color: colors.muted },
  footer: { position: "absolute", bottom: 24, left: 44, right: 44, fontSize: 8, color: colors.muted },
  coverBand: { height: 6, backgroundColor: colors.scenario, marginBottom: 36, marginHorizontal: -44, marginTop: -40 },
  coverKicker: { fontSize: 11, fontFamily: FONT.bold, color: colors.scenario, marginBottom: 8, letterSpacing: 0.5 },
  coverTitle: { fontSize: 28, fontFamily: FONT.bold, marginBottom: 6 },
  coverPeriod: { fontSize: 16, color: colors.muted, marginBottom: 22 },
  coverMeta: { borderTopWidth: 0.5, borderTopColor: colors.line, paddingTop: 8 },
  coverMetaRow: { paddingVertical: 2 },
  coverFigures: { flexDirection: "row", marginHorizontal: -6 },
  coverFigure: {
    flex: 1,
    marginHorizontal: 6,
    paddingTop: 8,
    paddingBottom: 10,
    paddingHorizontal: 8,
    borderTopWidth: 3,
    borderTopColor: colors.scenario,
    backgroundColor: "#f5f6ff",
  },
  coverFigureValue: { fontSize: 18, fontFamily: FONT.bold, marginVertical: 4 },
  contentsRow: {
    flexDirection: "row",
    justifyContent: "space-between",
    borderBottomWidth: 0.5,
    borderBottomColor: colors.line,
    paddingVertical: 3,
  },
});

export const money = (value: number, model: { locale: UiLocale }, currency: string) =>
  formatMoney(value, model.locale, currency);
export const percent = (value: number | null, locale: UiLocale) => formatPercent(value, locale);

export function periodText(period: ReportPeriod, locale: UiLocale) {
  return period.from === period.to
    ? formatPeriod(period.to, locale)
    : `${formatPeriod(period.from, locale)} – ${formatPeriod(period.to, locale)}`;
}

/** The generated-at stamp and "page x of y", one text on every page: painted when the page is known, else react-pdf's dynamic numbers. */
export function Footer({ model, page }: { model: ReportModel; page?: { number: number; total: number } }) {
  const t = reportTexts(model.locale);
  const stamp = `${model.workspaceName} · ${t.generatedAt(formatDateTime(model.generatedAt, model.locale))}`;
  return page ? (
    <View style={styles.footer} fixed>
      <Painted
        height={lineHeight(8)}
        paint={(p) =>
          paintText(p, `${stamp} · ${t.page(page.number, page.total)}`, 0, 0, { size: 8, color: colors.muted })
        }
      />
    </View>
  ) : (
    <Text
      style={styles.footer}
      fixed
      render={({ pageNumber, totalPages }) => `${stamp} · ${t.page(pageNumber, totalPages)}`}
    />
  );
}

const HEADINGS = {
  h2: { size: 15, marginTop: 4, marginBottom: 8 },
  h3: { size: 11, marginTop: 10, marginBottom: 4 },
};

/** A heading, painted; kept with the block after it unless told otherwise. */
export function headingBlock(text: string, level: "h2" | "h3", options: { keepWithNext?: boolean } = {}): Block {
  const lines = paragraphLines([{ text }], { ...HEADINGS[level], face: "bold" });
  return { ...linesBlock(lines, { minLines: lines.length }), keepWithNext: options.keepWithNext ?? true };
}

/** A section's title (h2) with a muted line under it. */
export function titleBlock(title: string, subtitle: string): Block {
  const lines = [
    ...paragraphLines([{ text: title }], { size: 15, face: "bold", marginTop: 4 }),
    ...paragraphLines([{ text: subtitle }], { size: 10, color: colors.muted, marginTop: 2, marginBottom: 6 }),
  ];
  return { ...linesBlock(lines, { minLines: lines.length }), keepWithNext: true };
}

/** Runs of text (each its own face and colour; "\n" starts a new line) as one painted block. */
export function linesBlockOf(runs: PaintRun[], style: { size: number; marginBottom?: number }): Block {
  return linesBlock(
    paragraphLines(runs, { size: style.size, color: colors.ink, marginBottom: style.marginBottom ?? 0 }),
  );
}

/** A paragraph of body text (10 pt), muted or not. */
export function paragraphBlock(text: string, options: { muted?: boolean; marginBottom?: number } = {}): Block {
  return linesBlock(
    paragraphLines([{ text }], {
      size: 10,
      color: options.muted ? colors.muted : colors.ink,
      marginBottom: options.marginBottom ?? 0,
    }),
  );
}

/** At most this many missing rates are named (the count says how many there are). */
const MISSING_SHOWN = 12;

/** "2026-07 USD→EUR, 2026-08 USD→EUR and 3 more". */
export function missingList(
  missing: { from: string; to: string; period: string }[],
  model: { locale: UiLocale },
): string {
  const c = reportTexts(model.locale).conversion;
  const named = missing.slice(0, MISSING_SHOWN).map(c.missingRate).join(", ");
  return missing.length > MISSING_SHOWN ? `${named} ${c.more(missing.length - MISSING_SHOWN)}` : named;
}

/** A note in small print (8 pt, muted). */
export const smallBlock = (text: string, marginBottom = 3): Block =>
  linesBlock(paragraphLines([{ text }], { size: 8, color: colors.muted, marginBottom }));

/** "and N more" under a shortened list. */
export const moreBlock = (count: number, locale: UiLocale): Block =>
  smallBlock(reportTexts(locale).moreItems(count), 0);
