import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatPercent, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { PlanComparison } from "@/lib/investments/plan-comparison";
import type { ActualsResult } from "@/lib/roi";
import { signedMoney } from "@/components/month/signed";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import { PlanComparisonNote } from "./plan-comparison-note";

type Props = { actuals: ActualsResult; currency: string; comparison?: PlanComparison | null };

/**
 * Forecast against measured, month by month, with the variance and the projected payback;
 * with `comparison`, which plan the months are compared with (and the original against the current plan).
 */
export function ActualsComparison({ actuals, currency, comparison }: Props) {
  const t = useTranslations("forecast");
  const locale = useLocale() as UiLocale;
  const money = (v: number) => formatMoney(v, locale, currency);
  const pct = (v: number | null) => (v === null ? "—" : formatPercent(v, locale));
  return (
    <div className="space-y-3">
      {comparison ? <PlanComparisonNote comparison={comparison} actual={actuals.totals} currency={currency} /> : null}
      <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-gray-500">{t("actualRoi")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="actual-roi">{pct(actuals.totals.roiPct)}</dd>
        </div>
        <div>
          <dt className="text-gray-500">{t("forecastRoiSoFar")}</dt>
          <dd className="text-lg font-semibold tabular-nums">{pct(actuals.totals.forecastRoiPct)}</dd>
        </div>
        <div>
          <dt className="text-gray-500">{t("plannedPayback")}</dt>
          <dd className="font-medium">{actuals.plannedPaybackMonth === null ? t("noPayback") : t("monthN", { month: actuals.plannedPaybackMonth })}</dd>
        </div>
        <div>
          <dt className="text-gray-500">{t("projectedPayback")}</dt>
          <dd className="font-medium">{actuals.projectedPaybackMonth === null ? t("noPayback") : t("monthN", { month: actuals.projectedPaybackMonth })}</dd>
        </div>
      </dl>
      <ScrollRegion label={t("actualsCaption")}>
        <table className="min-w-full text-left text-sm" data-testid="actuals-table">
          <caption className="sr-only">{t("actualsCaption")}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className={`py-1 pr-3 ${stickyCell()}`}>{t("month")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("forecastCost")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("actualCost")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("forecastBenefit")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("actualBenefit")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("benefitVariance")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("cumRoiForecast")}</th>
              <th scope="col" className="py-1 text-right">{t("cumRoiActual")}</th>
            </tr>
          </thead>
          <tbody>
            {actuals.months.map((m) => (
              <tr key={m.month} className="border-b last:border-0">
                <th scope="row" className={`whitespace-nowrap py-1 pr-3 font-normal ${stickyCell()}`}>{formatPeriod(m.period, locale)}</th>
                <td className="py-1 pr-3 text-right tabular-nums">{money(m.forecastCost)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{money(m.cost)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{money(m.forecastBenefit)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{money(m.benefit)}</td>
                <td className={`py-1 pr-3 text-right tabular-nums ${m.benefitVariance < 0 ? "text-red-700" : ""}`}>{signedMoney(m.benefitVariance, locale, currency)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{pct(m.forecastCumRoiPct)}</td>
                <td className="py-1 text-right tabular-nums">{pct(m.cumRoiPct)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
