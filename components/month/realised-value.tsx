import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { MonthViewData } from "@/lib/dashboard/month-view";
import { MonthSection } from "./month-section";

type Props = { period: string; isCurrent: boolean; realised: MonthViewData["realised"]; stillToRecord: number };

/**
 * (d) The month's realised value: benefit − cost of the actuals recorded for it by the
 * approved-and-later plans, one block per currency (amounts in different currencies are never added).
 */
export function RealisedValue({ period, isCurrent, realised, stillToRecord }: Props) {
  const t = useTranslations("month.realised");
  const locale = useLocale() as UiLocale;
  const month = formatPeriod(period, locale);
  const several = realised.length > 1;
  return (
    <MonthSection id="month-realised" title={t("title", { month })}>
      {realised.length === 0 ? (
        <p className="text-sm text-gray-700">{isCurrent ? t("noneYet", { month }) : t("none", { month })}</p>
      ) : (
        <>
          {realised.map((line) => {
            const money = (v: number) => formatMoney(v, locale, line.currency);
            return (
              <div key={line.currency} className={several ? "mb-4 last:mb-0" : ""} data-testid="month-realised-currency">
                {several ? <h4 className="mb-2 text-sm font-semibold text-gray-900">{t("inCurrency", { currency: line.currency })}</h4> : null}
                <dl className="grid gap-3 sm:grid-cols-3">
                  {[
                    { id: "net", label: t("net"), value: money(line.net), hint: t("netHint") },
                    { id: "benefit", label: t("benefit"), value: money(line.benefit), hint: null },
                    { id: "cost", label: t("cost"), value: money(line.cost), hint: null },
                  ].map((item) => (
                    <div key={item.id} className="rounded-md bg-gray-50 p-3">
                      <dt className="text-xs font-medium uppercase text-gray-500">{item.label}</dt>
                      <dd className={`mt-1 tabular-nums ${item.id === "net" ? "text-2xl font-semibold" : "text-lg"}`} data-testid={`month-${item.id}`}>
                        {item.value}
                      </dd>
                      {item.hint ? <dd className="text-xs text-gray-500">{item.hint}</dd> : null}
                    </div>
                  ))}
                </dl>
                <p className="mt-3 text-sm text-gray-600">{t("recordedFor", { count: line.investments })}</p>
              </div>
            );
          })}
          {stillToRecord > 0 ? <p className="mt-1 text-sm text-gray-600">{t("partial", { count: stillToRecord })}</p> : null}
        </>
      )}
    </MonthSection>
  );
}
