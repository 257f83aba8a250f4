import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { MonthViewData } from "@/lib/dashboard/month-view";
import { MonthSection } from "./month-section";

type Props = { period: string; isCurrent: boolean; realised: MonthViewData["realised"]; stillToRecord: number; currency: string };

/** (d) The month's realised value: benefit − cost of the actuals recorded for it. */
export function RealisedValue({ period, isCurrent, realised, stillToRecord, currency }: Props) {
  const t = useTranslations("month.realised");
  const locale = useLocale() as UiLocale;
  const month = formatPeriod(period, locale);
  const money = (v: number) => formatMoney(v, locale, currency);
  return (
    <MonthSection id="month-realised" title={t("title", { month })}>
      {realised === null ? (
        <p className="text-sm text-gray-700">{isCurrent ? t("noneYet", { month }) : t("none", { month })}</p>
      ) : (
        <>
          <dl className="grid gap-3 sm:grid-cols-3">
            {[
              { id: "net", label: t("net"), value: money(realised.net), hint: t("netHint") },
              { id: "benefit", label: t("benefit"), value: money(realised.benefit), hint: null },
              { id: "cost", label: t("cost"), value: money(realised.cost), hint: null },
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
          <p className="mt-3 text-sm text-gray-600">
            {t("recordedFor", { count: realised.investments })}
            {stillToRecord > 0 ? ` ${t("partial", { count: stillToRecord })}` : ""}
          </p>
        </>
      )}
    </MonthSection>
  );
}
