import type { Db, Tx } from "@/lib/db/client";

/**
 * A share link hands out one frozen report per set of figures: asking again for the same
 * period, language and scenario while nothing changed serves the stored PDF instead of
 * storing another copy. The Report table has no share-link column, so the link's id is
 * kept in the frozen inputs (`inputs.shareLinkId`).
 */
export type ShareReportKey = {
  workspaceId: string;
  shareLinkId: string;
  investmentId: string | null;
  period: string;
  locale: string;
  scenario: string;
};

export type ReusableReport = { id: string; inputHash: string; pdf: Buffer };

/** The share link's latest report for this key, when its figures hash to `inputHash`. */
export async function findReusableShareReport(db: Db | Tx, key: ShareReportKey, inputHash: string): Promise<ReusableReport | null> {
  const latest = await db.report.findFirst({
    where: {
      workspaceId: key.workspaceId,
      channel: "share",
      kind: key.investmentId === null ? "workspace" : "investment",
      investmentId: key.investmentId,
      period: key.period,
      locale: key.locale,
      scenario: key.scenario,
      inputs: { path: ["shareLinkId"], equals: key.shareLinkId },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, inputHash: true, pdf: true },
  });
  // Only the latest counts: figures that changed and changed back are a new report.
  if (!latest || latest.inputHash !== inputHash) return null;
  return { id: latest.id, inputHash: latest.inputHash, pdf: Buffer.from(latest.pdf) };
}

/**
 * Serialises freezing per key until the transaction ends, so concurrent downloads of the
 * same figures store one report: the second one finds the first one's row.
 */
export async function lockShareReportKey(tx: Tx, key: ShareReportKey): Promise<void> {
  const text = ["share-report", key.shareLinkId, key.investmentId ?? "", key.period, key.locale, key.scenario].join("|");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${text}))`;
}
