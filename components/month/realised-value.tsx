import { useLocale, useTranslations } from "next-intl";
import { ConversionNotice } from "@/components/currency/conversion-notice";
import { formatMoney, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { MonthViewData } from "@/lib/dashboard/month-view";
import { MonthSection } from "./month-section";

type Props = {
  period: string;
  isCurrent: boolean;
  realised: MonthViewData["realised"];
  /** Every currency together in the reporting currency (absent: only the lines are shown). */
  realisedTotal?: MonthViewData["realisedTotal"];
  stillToRecord: number;
  /** For "add this rate" links (owners and editors). */
  slug?: string | null;
  canEditRates?: boolean;
};

type Figures = { net: number; benefit: number; cost: number };

function FigureList({ figures, currency, converted, testIds }: { figures: Figures; currency: string; converted?: Figures & { currency: string }; testIds: boolean }) {
  const t = useTranslations("month.realised");
  const locale = useLocale() as UiLocale;
  const items = [
    { id: "net", label: t("net"), hint: t("netHint") },
    { id: "benefit", label: t("benefit"), hint: null },
    { id: "cost", label: t("cost"), hint: null },
  ] as const;
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {items.map((item) => (
        <div key={item.id} className="rounded-md bg-gray-50 p-3">
          <dt className="text-xs font-medium uppercase text-gray-500">{item.label}</dt>
          <dd className={`mt-1 tabular-nums ${item.id === "net" ? "text-2xl font-semibold" : "text-lg"}`} data-testid={testIds ? `month-${item.id}` : undefined}>
            {formatMoney(figures[item.id], locale, currency)}
          </dd>
          {converted ? (
            <dd className="text-xs tabular-nums text-gray-600" data-testid="month-realised-converted">
              {t("converted", { amount: formatMoney(converted[item.id], locale, converted.currency) })}
            </dd>
          ) : null}
          {item.hint ? <dd className="text-xs text-gray-500">{item.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

/**
 * (d) The month's realised value: benefit − cost of the actuals recorded for it by the
 * approved-and-later plans. With more than one currency: first every currency together in
 * the reporting currency (each converted at the month's own rate; a missing rate is named
 * and its amounts left out), then one block per currency in its own money.
 */
export function RealisedValue({ period, isCurrent, realised, realisedTotal = null, stillToRecord, slug = null, canEditRates = false }: Props) {
  const t = useTranslations("month.realised");
  const tc = useTranslations("conversion");
  const locale = useLocale() as UiLocale;
  const month = formatPeriod(period, locale);
  const several = realised.length > 1;
  // One currency and it is the reporting one: the total is that line.
  const showTotal = realisedTotal !== null && (several || realised[0]?.currency !== realisedTotal.currency);
  return (
    <MonthSection id="month-realised" title={t("title", { month })}>
      {realised.length === 0 ? (
        <p className="text-sm text-gray-700">{isCurrent ? t("noneYet", { month }) : t("none", { month })}</p>
      ) : (
        <>
          {showTotal && realisedTotal ? (
            <div className="mb-4" data-testid="month-realised-total">
              <h4 className="mb-2 text-sm font-semibold text-gray-900">{t("allIn", { currency: realisedTotal.currency })}</h4>
              <FigureList figures={realisedTotal} currency={realisedTotal.currency} testIds />
              <p className="mt-3 text-sm text-gray-600">{t("recordedFor", { count: realisedTotal.investments })}</p>
              <div className="mt-2">
                <ConversionNotice conversion={realisedTotal.conversion} slug={slug} canEdit={canEditRates} />
              </div>
            </div>
          ) : null}
          {realised.map((line) => (
            <div key={line.currency} className={several || showTotal ? "mb-4 last:mb-0" : ""} data-testid="month-realised-currency">
              {several || showTotal ? <h4 className="mb-2 text-sm font-semibold text-gray-900">{t("inCurrency", { currency: line.currency })}</h4> : null}
              <FigureList
                figures={line}
                currency={line.currency}
                converted={line.converted && line.converted.conversion.complete ? line.converted : undefined}
                testIds={!showTotal}
              />
              {line.converted && !line.converted.conversion.complete ? (
                <p className="mt-2 text-sm text-amber-900" data-testid="month-realised-rate-missing">
                  {line.converted.conversion.missing.map((m) => tc("missing", m)).join(" · ")}
                </p>
              ) : null}
              <p className="mt-3 text-sm text-gray-600">{t("recordedFor", { count: line.investments })}</p>
            </div>
          ))}
          {stillToRecord > 0 ? <p className="mt-1 text-sm text-gray-600">{t("partial", { count: stillToRecord })}</p> : null}
        </>
      )}
    </MonthSection>
  );
}
