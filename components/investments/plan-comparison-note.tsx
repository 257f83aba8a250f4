import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { PlanComparison, PlanFigures } from "@/lib/investments/plan-comparison";
import type { ActualTotals } from "@/lib/roi";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";

type Props = { comparison: PlanComparison; actual: ActualTotals; currency: string };

/** Which plan the actuals are compared with; when the plan changed since, the original and current plan side by side. */
export function PlanComparisonNote({ comparison, actual, currency }: Props) {
  const t = useTranslations("forecast");
  const locale = useLocale() as UiLocale;
  const money = (v: number) => formatMoney(v, locale, currency);
  const pct = (v: number | null) => (v === null ? "—" : formatPercent(v, locale));
  const versions = comparison.comparedVersions.map((version) => t("versionLabel", { version })).join(", ");
  const statement =
    comparison.comparedVersions.length === 0
      ? t("comparedDraft")
      : comparison.basis === "in-force"
        ? t("comparedInForce", { versions })
        : t("comparedWithPlan", { versions });
  const unversioned = comparison.unversionedMonths.length;
  const { originalVersion, currentVersion } = comparison;
  const columns: { key: string; label: string; cost: number; benefit: number; roi: number | null }[] =
    comparison.differs && originalVersion !== null && currentVersion !== null
      ? [
          figuresColumn("original", t("originalPlan", { version: originalVersion }), comparison.againstOriginal),
          figuresColumn("current", t("currentPlan", { version: currentVersion }), comparison.againstCurrent),
          { key: "actual", label: t("actualColumn"), cost: actual.cost, benefit: actual.benefit, roi: actual.roiPct },
        ]
      : [];
  return (
    <div className="space-y-2 text-sm" data-testid="plan-comparison">
      <p className="text-gray-700" data-testid="compared-plan">
        {statement}
        {unversioned > 0 && comparison.comparedVersions.length > 0
          ? ` ${t("comparedBeforeApproval", { count: unversioned })}`
          : null}
      </p>
      {columns.length > 0 ? (
        <ScrollRegion label={t("plansDifferCaption")} className="rounded-md bg-amber-50 p-2">
          <table className="min-w-full text-left text-sm" data-testid="plan-comparison-table">
            <caption className="pb-1 text-left text-xs font-semibold text-amber-900">{t("plansDifferCaption")}</caption>
            <thead className="border-b text-xs uppercase text-gray-500">
              <tr>
                <td className={stickyCell("bg-amber-50")} />
                {columns.map((column) => (
                  <th key={column.key} scope="col" className="py-1 pr-3 text-right">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="border-b">
                <th scope="row" className={`py-1 pr-3 font-normal ${stickyCell("bg-amber-50")}`}>
                  {t("cost")}
                </th>
                {columns.map((column) => (
                  <td key={column.key} className="py-1 pr-3 text-right tabular-nums">
                    {money(column.cost)}
                  </td>
                ))}
              </tr>
              <tr className="border-b">
                <th scope="row" className={`py-1 pr-3 font-normal ${stickyCell("bg-amber-50")}`}>
                  {t("benefit")}
                </th>
                {columns.map((column) => (
                  <td key={column.key} className="py-1 pr-3 text-right tabular-nums">
                    {money(column.benefit)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" className={`py-1 pr-3 font-normal ${stickyCell("bg-amber-50")}`}>
                  {t("roi")}
                </th>
                {columns.map((column) => (
                  <td
                    key={column.key}
                    className="py-1 pr-3 text-right font-semibold tabular-nums"
                    data-testid={`plan-roi-${column.key}`}
                  >
                    {pct(column.roi)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </div>
  );
}

function figuresColumn(key: string, label: string, figures: PlanFigures) {
  return { key, label, cost: figures.forecastCost, benefit: figures.forecastBenefit, roi: figures.forecastRoiPct };
}
