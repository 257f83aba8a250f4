// A value leak as one painted block of text (report-layout.ts), with its review when it has one.
import type { UiLocale } from "@/lib/i18n/locales";
import { formatDate, formatMoney, formatPeriod } from "./formatters";
import type { Block } from "./report-layout";
import type { ReportLeak } from "./report-model";
import { colors } from "./report-colors";
import { linesBlock, paragraphLines, type PaintRun } from "./report-paint";
import { reportTexts } from "./texts";

function leakMonths(leak: ReportLeak, locale: UiLocale) {
  if (leak.fromPeriod === null || leak.toPeriod === null) return "";
  return leak.fromPeriod === leak.toPeriod
    ? formatPeriod(leak.fromPeriod, locale)
    : `${formatPeriod(leak.fromPeriod, locale)} - ${formatPeriod(leak.toPeriod, locale)}`;
}

/** "Reviewed by X on date — reason (until month)" in the report's language. */
export function reviewLine(leak: ReportLeak, locale: UiLocale): string | null {
  if (!leak.review) return null;
  const { by, at, reason, until } = leak.review;
  return reportTexts(locale).reviewedBy({
    by,
    date: formatDate(new Date(at), locale),
    reason,
    until: until ? formatPeriod(until, locale) : null,
  });
}

/** Identifies a leak across the model's lists (an investment has one leak per code and KPI). */
export const leakId = (leak: Pick<ReportLeak, "investmentId" | "code" | "kpi">) =>
  `${leak.investmentId}\u0000${leak.code}\u0000${leak.kpi ?? ""}`;

/** A leak's number in the ranked list of open leaks, or of reviewed leaks. */
export type LeakRank = { rank: number; reviewed: boolean };

export type LeakBlockOptions = {
  /** Its place in a ranked list (shown with the investment's name). */
  rank?: number;
  /** Where the full text is instead; the finding is left out. */
  detailsAt?: LeakRank;
};

/**
 * A leak as one text: what and where, the money per month, the finding and next step (or
 * where to find them), and its review.
 */
export function leakBlock(leak: ReportLeak, locale: UiLocale, options: LeakBlockOptions = {}): Block {
  const t = reportTexts(locale);
  const months = leakMonths(leak, locale);
  const title = `${options.rank === undefined ? "" : `${options.rank}. ${leak.investmentName}: `}${t.leakCodes[leak.code]}${leak.kpi ? ` (${leak.kpi})` : ""}`;
  const where =
    options.detailsAt === undefined ? "" : ` · ${t.seeRankedLeak(options.detailsAt.rank, options.detailsAt.reviewed)}`;
  const amount = `${t.atStake(formatMoney(leak.atStakeMonthly, locale, leak.currency))}${months ? ` · ${months}` : ""}${where}`;
  const message = options.detailsAt === undefined ? leak.message : null;
  const review = reviewLine(leak, locale);
  return leakTextBlock(
    [
      { text: title, face: "bold" },
      { text: `\n${amount}` },
      ...(message ? [{ text: `\n${message}`, color: colors.muted }] : []),
      ...(review ? [{ text: `\n${review}`, face: "oblique" as const }] : []),
    ],
    leak.review ? colors.muted : colors.bad,
  );
}

/**
 * A leak's text with a bar along its left edge (red while open, grey once reviewed): the
 * ranked list, the sections and the summary draw their leaks with it.
 */
export function leakTextBlock(runs: PaintRun[], bar: string): Block {
  const lines = paragraphLines(runs, { size: 10, indent: 8, marginBottom: 6 });
  // Kept on one page unless a leak is longer than a dozen lines.
  return linesBlock(lines, {
    minLines: Math.min(lines.length, 12),
    decorate: (p, height, last) => p.rect(0, 0, 2, height - (last ? 6 : 0)).fill(bar),
  });
}
