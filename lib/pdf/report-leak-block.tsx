// A value leak as one block of text (report-layout.ts), with its review when it has one.
import { Text } from "@react-pdf/renderer";
import type { UiLocale } from "@/lib/i18n/locales";
import { formatDate, formatMoney, formatPeriod } from "./formatters";
import { CONTENT, type Block } from "./report-layout";
import type { ReportLeak } from "./report-model";
import { BODY, BODY_BOLD, styles } from "./report-parts";
import { textHeight } from "./text-metrics";
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

const LEAK_WIDTH = CONTENT.width - 8;

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
  const height =
    textHeight(title, LEAK_WIDTH, BODY_BOLD) +
    textHeight(amount, LEAK_WIDTH, BODY) +
    (message ? textHeight(message, LEAK_WIDTH, BODY) : 0) +
    (review ? textHeight(review, LEAK_WIDTH, BODY) : 0) +
    6;
  return {
    height,
    node: (
      <Text style={[styles.leak, leak.review ? styles.reviewed : {}]}>
        <Text style={styles.bold}>{title}</Text>
        {`\n${amount}`}
        {message ? <Text style={styles.muted}>{`\n${message}`}</Text> : null}
        {review ? <Text style={styles.reviewLine}>{`\n${review}`}</Text> : null}
      </Text>
    ),
  };
}
