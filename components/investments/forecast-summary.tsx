import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatNumber, formatPercent, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { SCENARIO_NAMES, type RoiResult } from "@/lib/roi";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import { DiscountedFigures } from "./discounted-figures";

/** ROI, BCR, payback, NPV, IRR, discounted payback and year-by-year ROI per scenario, each with the formula behind it. */
/** `compact` drops the amount columns; `hideAmounts` also drops every euro figure (formulas, template summary). */
export function ForecastSummary({ result, compact = false, hideAmounts = false }: { result: RoiResult; compact?: boolean; hideAmounts?: boolean }) {
  const t = useTranslations("forecast");
  const locale = useLocale() as UiLocale;
  const money = (value: number) => formatMoney(value, locale, result.currency);
  const periodOf = (month: number | null) => (month === null ? null : result.scenarios.expected?.months[month - 1]?.period ?? null);
  const expected = result.scenarios.expected;
  return (
    <div className="space-y-4">
      <ScrollRegion label={t("caption")}>
        <table className="min-w-full text-left text-sm" data-testid="forecast-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className={`py-2 pr-3 ${stickyCell()}`}>{t("scenario")}</th>
              {compact ? null : <th scope="col" className="py-2 pr-3 text-right">{t("cost")}</th>}
              {compact ? null : <th scope="col" className="py-2 pr-3 text-right">{t("benefit")}</th>}
              {compact ? null : <th scope="col" className="py-2 pr-3 text-right">{t("net")}</th>}
              <th scope="col" className="py-2 pr-3 text-right">{t("roi")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("bcr")}</th>
              <th scope="col" className="py-2 text-right">{t("payback")}</th>
            </tr>
          </thead>
          <tbody>
            {SCENARIO_NAMES.map((name) => {
              const scenario = result.scenarios[name];
              if (!scenario) return null;
              const { totals } = scenario;
              const paybackPeriod = periodOf(totals.paybackMonth);
              return (
                <tr key={name} className="border-b last:border-0" data-testid={`forecast-${name}`}>
                  <th scope="row" className={`py-2 pr-3 font-medium ${stickyCell()}`}>
                    {t(`scenarios.${name}`)} <span className="text-xs text-gray-500">×{formatNumber(scenario.multiplier, locale)}</span>
                  </th>
                  {compact ? null : (
                    <>
                      <td className="py-2 pr-3 text-right tabular-nums">{money(totals.cost)}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{money(totals.benefit)}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{money(totals.net)}</td>
                    </>
                  )}
                  <td className="py-2 pr-3 text-right tabular-nums" title={hideAmounts ? undefined : t("roiFormula", { benefit: money(totals.benefit), cost: money(totals.cost) })}>
                    {totals.roiPct === null ? t("roiUndefined") : formatPercent(totals.roiPct, locale)}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums" title={t("bcrFormula")}>
                    {totals.bcr === null ? "—" : formatNumber(totals.bcr, locale)}
                  </td>
                  <td className="py-2 text-right">
                    {totals.paybackMonth === null ? t("noPayback") : t("paybackAt", { month: totals.paybackMonth, period: paybackPeriod ? formatPeriod(paybackPeriod, locale) : "" })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {expected && !hideAmounts ? (
        <p className="text-xs text-gray-600" data-testid="roi-formula">
          {t("formulaLine", {
            benefit: money(expected.totals.benefit),
            cost: money(expected.totals.cost),
            roi: expected.totals.roiPct === null ? t("roiUndefined") : formatPercent(expected.totals.roiPct, locale),
          })}{" "}
          {t("bcrNote")}
        </p>
      ) : null}
      <DiscountedFigures result={result} hideAmounts={hideAmounts} />
      {expected && expected.years.length > 0 ? (
        <ScrollRegion label={t("byYear")}>
          <table className="min-w-full text-left text-sm">
            <caption className="pb-1 text-left text-xs font-semibold text-gray-600">{t("byYear")}</caption>
            <thead className="border-b text-xs uppercase text-gray-500">
              <tr>
                <th scope="col" className={`py-1 pr-3 ${stickyCell()}`}>{t("year")}</th>
                {SCENARIO_NAMES.map((name) => (result.scenarios[name] ? <th key={name} scope="col" className="py-1 pr-3 text-right">{t(`scenarios.${name}`)}</th> : null))}
              </tr>
            </thead>
            <tbody>
              {expected.years.map((year, index) => (
                <tr key={year.year} className="border-b last:border-0">
                  <th scope="row" className={`py-1 pr-3 font-normal ${stickyCell()}`}>
                    {t("yearN", { year: year.year, from: year.fromMonth, to: year.toMonth })}
                  </th>
                  {SCENARIO_NAMES.map((name) => {
                    const row = result.scenarios[name]?.years[index];
                    return row ? (
                      <td key={name} className="py-1 pr-3 text-right tabular-nums">
                        {row.roiPct === null ? "—" : formatPercent(row.roiPct, locale)}
                      </td>
                    ) : null;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {result.warnings.length > 0 ? (
        <ul className="space-y-1" aria-label={t("warnings")}>
          {result.warnings.map((warning) => (
            <li key={`${warning.code}-${warning.path}`} role="note" className="rounded-md bg-amber-50 p-2 text-xs text-amber-900">
              {t.has(`warningCodes.${warning.code}`) ? t(`warningCodes.${warning.code}`, { path: warning.path }) : warning.message}
            </li>
          ))}
        </ul>
      ) : null}
      {result.expansion && !hideAmounts ? <TemplateExpansion result={result} /> : null}
    </div>
  );
}

function TemplateExpansion({ result }: { result: RoiResult }) {
  const t = useTranslations("forecast");
  const locale = useLocale() as UiLocale;
  const expansion = result.expansion!;
  const describe = (item: unknown) => {
    const record = item as Record<string, string | number>;
    const amount = record.monthly ?? record.amount;
    return `${record.label}: ${typeof amount === "number" ? formatMoney(amount, locale, result.currency) : ""}${record.monthly !== undefined ? ` ${t("perMonth")}` : ""}`;
  };
  return (
    <details className="rounded-md border border-gray-200 p-2 text-xs">
      <summary className="cursor-pointer font-medium">{t("expansionTitle")}</summary>
      <ul className="mt-2 list-disc pl-5">
        {[...expansion.costs, ...expansion.benefits].map((item, index) => (
          <li key={index}>{describe(item)}</li>
        ))}
      </ul>
      {result.customerAcquisition ? (
        <p className="mt-2">
          {t("cacSummary", {
            roi: result.customerAcquisition.roiPct === null ? "—" : formatPercent(result.customerAcquisition.roiPct, locale),
            ratio: result.customerAcquisition.ltvCacRatio === null ? "—" : formatNumber(result.customerAcquisition.ltvCacRatio, locale),
            maxCac: formatMoney(result.customerAcquisition.maxCac, locale, result.currency),
          })}
        </p>
      ) : null}
    </details>
  );
}
