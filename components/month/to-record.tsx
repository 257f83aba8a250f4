import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { MonthViewData } from "@/lib/dashboard/month-view";
import { MonthSection } from "./month-section";

type Props = { period: string; toRecord: MonthViewData["toRecord"]; canRecord: boolean };

const recordLink = "inline-block rounded-md bg-blue-700 px-3 py-1.5 text-xs font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2";

/** (a) Running investments without actuals for the month, one click from the entry grid. */
export function ToRecord({ period, toRecord, canRecord }: Props) {
  const t = useTranslations("month.toRecord");
  const locale = useLocale() as UiLocale;
  const month = formatPeriod(period, locale);
  const { items, overdue, state } = toRecord;
  return (
    <MonthSection id="month-to-record" title={t(state === "due" ? "titleDue" : items.length > 0 ? "titleMissing" : "titleComplete", { month })}>
      {items.length === 0 ? (
        <p className="text-sm text-green-800" data-testid="month-all-recorded">
          <span aria-hidden>✓ </span>
          {t("allRecorded", { month })}
        </p>
      ) : (
        <>
          <p className="mb-2 text-sm text-gray-700">{state === "due" ? t("dueIntro", { count: toRecord.itemCount, month }) : t("missingIntro", { count: toRecord.itemCount, month })}</p>
          {toRecord.itemCount > items.length ? <p className="mb-2 text-xs text-gray-600" data-testid="month-to-record-more">{t("showingFirst", { shown: items.length, count: toRecord.itemCount })}</p> : null}
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { month })}</caption>
            <thead className="border-b text-xs uppercase text-gray-500">
              <tr>
                <th scope="col" className="py-2 pr-3">{t("investment")}</th>
                <th scope="col" className="py-2 pr-3">{t("monthOfInvestment")}</th>
                <th scope="col" className="py-2"><span className="sr-only">{t("action")}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.investmentId} className="border-b last:border-0" data-testid="month-to-record-row">
                  <th scope="row" className="py-2 pr-3 font-medium">{item.name}</th>
                  <td className="py-2 pr-3 text-gray-600">{t("monthN", { number: item.monthNumber })}</td>
                  <td className="py-2 text-right">
                    {canRecord ? (
                      <Link href={item.href} className={recordLink} aria-label={t("recordNowFor", { month, name: item.name })}>
                        {t("recordNow")}
                      </Link>
                    ) : (
                      <span className="text-xs text-gray-500">{t("askEditor")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {overdue.length > 0 ? (
        <div className="mt-4 rounded-md border border-amber-200 bg-amber-50 p-3">
          <h4 className="text-sm font-semibold text-amber-900">{t("overdueTitle")}</h4>
          {toRecord.overdueCount > overdue.length ? <p className="mt-1 text-xs text-amber-900">{t("showingFirst", { shown: overdue.length, count: toRecord.overdueCount })}</p> : null}
          <ul className="mt-2 space-y-2 text-sm">
            {overdue.map((item) => {
              const months = item.periods.map((p) => formatPeriod(p, locale));
              return (
                <li key={item.investmentId} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <strong>{item.name}</strong>: {months.join(", ")}
                  </span>
                  {canRecord ? (
                    <Link href={item.href} className={recordLink} aria-label={t("recordNowFor", { month: months[0], name: item.name })}>
                      {t("recordMonth", { month: months[0] })}
                    </Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </MonthSection>
  );
}
