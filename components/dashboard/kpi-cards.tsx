import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { WorkspaceDashboard } from "@/lib/dashboard/workspace-dashboard";

/** `percentOnly` (stakeholder links) leaves out every absolute amount. */
export function KpiCards({ cards, currency, percentOnly = false }: { cards: WorkspaceDashboard["cards"]; currency: string; percentOnly?: boolean }) {
  const t = useTranslations("dashboard");
  const locale = useLocale() as UiLocale;
  const money = (v: number) => formatMoney(v, locale, currency);
  const all = [
    { id: "invested", money: true, label: t("cards.invested"), value: () => money(cards.invested), hint: t("cards.investedHint") },
    { id: "realised", money: true, label: t("cards.realised"), value: () => money(cards.realised), hint: t("cards.realisedHint") },
    { id: "roi", money: false, label: t("cards.roi"), value: () => formatPercent(cards.actualRoiPct, locale), hint: t("cards.roiHint", { forecast: formatPercent(cards.forecastRoiPct, locale) }) },
    { id: "net", money: true, label: t("cards.net"), value: () => money(cards.net), hint: t("cards.netHint") },
    { id: "payback", money: false, label: t("cards.payback"), value: () => t("cards.paybackValue", { onTime: cards.onTime, late: cards.late }), hint: t("cards.paybackHint") },
  ];
  const items = all.filter((item) => !(percentOnly && item.money)).map((item) => ({ ...item, value: item.value() }));
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
      {items.map((item) => (
        <div key={item.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm" data-testid={`card-${item.id}`}>
          <dt className="text-xs font-medium uppercase text-gray-500">{item.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`card-${item.id}-value`}>
            {item.value}
          </dd>
          <dd className="mt-1 text-xs text-gray-500">{item.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
