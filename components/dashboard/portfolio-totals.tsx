import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { PortfolioTotals } from "@/lib/portfolio/roll-up";
import { ConversionNotice } from "@/components/currency/conversion-notice";
import { KpiCards } from "./kpi-cards";

type Props = {
  totals: PortfolioTotals;
  /** Every currency the investments are in; more than one gets a switcher. */
  currencies: string[];
  /** The link that shows the totals in `currency`. */
  currencyHref: (currency: string) => string;
  percentOnly?: boolean;
  /** The workspace (for "add this rate" links) and whether the reader may add rates. */
  slug?: string | null;
  canEditRates?: boolean;
};

/**
 * The headline (every approved plan in the reporting currency, other currencies converted
 * month by month), what each other currency adds to it, the conversion notice (missing
 * rates, forecasts at the latest rate), and the drafts on lines of their own.
 */
export function PortfolioTotalsSection({ totals, currencies, currencyHref, percentOnly = false, slug = null, canEditRates = false }: Props) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const pct = (v: number | null) => formatPercent(v, locale);
  return (
    <section className="space-y-3" aria-label={t("title")}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-gray-700" data-testid="headline-scope">
          {t("scope", { count: totals.headline.investments, currency: totals.reportingCurrency })}
        </p>
        {currencies.length > 1 ? (
          <nav aria-label={t("currencySwitch")} className="flex items-center gap-2 text-sm" data-testid="currency-switcher">
            <span className="text-gray-600">{t("currencySwitch")}</span>
            {currencies.map((currency) =>
              currency === totals.reportingCurrency ? (
                <span key={currency} aria-current="true" className="rounded-md bg-blue-700 px-2 py-0.5 font-medium text-white">
                  {currency}
                </span>
              ) : (
                <Link key={currency} href={currencyHref(currency)} className="rounded-md border border-gray-300 px-2 py-0.5 text-blue-700 underline">
                  {currency}
                </Link>
              ),
            )}
          </nav>
        ) : null}
      </div>
      <KpiCards totals={totals.headline} percentOnly={percentOnly} />
      <ConversionNotice conversion={totals.conversion} slug={slug} canEdit={canEditRates} />
      {totals.otherCurrencies.length > 0 ? (
        <ul className="space-y-1 rounded-md border border-gray-200 bg-gray-50 p-3 text-sm" data-testid="other-currencies">
          {totals.otherCurrencies.map((other) => {
            const money = (v: number) => formatMoney(v, locale, other.currency);
            const values = { currency: other.currency, count: other.investments, roi: pct(other.actualRoiPct) };
            return (
              <li key={other.currency} data-testid={`other-currency-${other.currency}`}>
                {percentOnly
                  ? t("otherCurrencyPercent", values)
                  : t("otherCurrency", {
                      ...values,
                      invested: money(other.invested),
                      realised: money(other.realised),
                      investedConverted: formatMoney(other.converted.invested, locale, totals.reportingCurrency),
                      realisedConverted: formatMoney(other.converted.realised, locale, totals.reportingCurrency),
                    })}{" "}
                <Link href={currencyHref(other.currency)} className="text-blue-700 underline">
                  {t("currencySwitch")} {other.currency}
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
      {totals.drafts.length > 0 ? (
        <ul className="space-y-1 text-sm text-gray-700" data-testid="draft-totals">
          {totals.drafts.map((draft) => {
            const values = { currency: draft.currency, count: draft.investments, roi: pct(draft.plannedRoiPct) };
            return (
              <li key={draft.currency}>
                {percentOnly ? t("draftsPercent", values) : t("drafts", { ...values, cost: formatMoney(draft.plannedCost, locale, draft.currency) })}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
