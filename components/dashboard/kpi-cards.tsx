import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { PAYBACK_STATUSES } from "@/lib/portfolio/payback";
import type { CurrencyTotals } from "@/lib/portfolio/roll-up";

/**
 * The headline cards of one currency's totals, each labelled with the currency.
 * `percentOnly` (stakeholder links) leaves out every absolute amount.
 */
export function KpiCards({ totals, percentOnly = false }: { totals: CurrencyTotals; percentOnly?: boolean }) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const currency = totals.currency;
  const money = (v: number) => formatMoney(v, locale, currency);
  const all = [
    { id: "invested", money: true, label: t("cards.invested", { currency }), value: () => money(totals.invested), hint: t("cards.investedHint") },
    { id: "realised", money: true, label: t("cards.realised", { currency }), value: () => money(totals.realised), hint: t("cards.realisedHint") },
    {
      id: "roi",
      money: false,
      label: t("cards.roi", { currency }),
      value: () => formatPercent(totals.actualRoiPct, locale),
      hint: t("cards.roiHint", { forecast: formatPercent(totals.forecastRoiPct, locale) }),
    },
    { id: "net", money: true, label: t("cards.net", { currency }), value: () => money(totals.net), hint: t("cards.netHint") },
  ];
  const items = all.filter((item) => !(percentOnly && item.money)).map((item) => ({ ...item, value: item.value() }));
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
      {items.map((item) => (
        <div key={item.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm" data-testid={`card-${item.id}`}>
          <dt className="text-xs font-medium uppercase text-gray-500">{item.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`card-${item.id}-value`}>
            {item.value}
          </dd>
          <dd className="mt-1 text-xs text-gray-500">{item.hint}</dd>
        </div>
      ))}
      <div className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm" data-testid="card-payback">
        <dt className="text-xs font-medium uppercase text-gray-500">{t("cards.payback")}</dt>
        <dd className="mt-1 text-sm font-semibold tabular-nums" data-testid="card-payback-value">
          <ul className="space-y-0.5">
            {PAYBACK_STATUSES.map((status) => (
              <li key={status} data-testid={`payback-${status}`} className={totals.payback[status] === 0 ? "font-normal text-gray-500" : ""}>
                {t(`paybackCount.${status}`, { count: totals.payback[status] })}
              </li>
            ))}
          </ul>
        </dd>
        <dd className="mt-1 text-xs text-gray-500">{t("cards.paybackHint")}</dd>
      </div>
    </dl>
  );
}
