"use client";

import { useTranslations } from "next-intl";
import type { KpiView } from "@/lib/kpis/queries";
import type { ActualsConflict } from "@/lib/actuals/mutations";
import { formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { ConflictChoices } from "@/components/ui/conflict-choices";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = {
  id: string;
  conflict: ActualsConflict;
  monthLabel: string;
  kpis: KpiView[];
  locale: UiLocale;
  currency: string;
  pending: boolean;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
};

/** Someone saved the month first: both versions side by side, and the user decides. */
export function ConflictPanel({
  id,
  conflict,
  monthLabel,
  kpis,
  locale,
  currency,
  pending,
  onKeepTheirs,
  onOverwrite,
}: Props) {
  const t = useTranslations("actuals");
  const { yours, theirs, theirKpiValues } = conflict;
  // No actuals now: deleted if the user's version had them, else only KPI values were recorded meanwhile.
  const deleted = !theirs && yours.baseRevision !== null;
  const money = (value: string | null | undefined) => (value ? formatMoney(value, locale, currency) : t("noValue"));
  const kpiValue = (value: string | null | undefined) => (value ? formatNumber(value, locale, 4) : t("noValue"));
  const drivers = (value: Record<string, string> | null | undefined) =>
    value
      ? Object.entries(value)
          .map(([label, amount]) => `${label}: ${money(amount)}`)
          .join("; ")
      : t("noValue");

  const lines: { label: string; yours: string; theirs: string }[] = [
    { label: t("columns.cost"), yours: money(yours.cost), theirs: money(theirs?.cost) },
    { label: t("columns.benefit"), yours: money(yours.benefit), theirs: money(theirs?.benefit) },
    ...(yours.benefitByDriver || theirs?.benefitByDriver
      ? [
          {
            label: t("conflict.drivers"),
            yours: drivers(yours.benefitByDriver),
            theirs: drivers(theirs?.benefitByDriver),
          },
        ]
      : []),
    { label: t("columns.note"), yours: yours.note || t("noValue"), theirs: theirs?.note || t("noValue") },
    ...kpis
      .filter((kpi) => kpi.id in yours.kpiValues || theirKpiValues[kpi.id])
      .map((kpi) => ({
        label: kpi.name,
        yours: kpi.id in yours.kpiValues ? kpiValue(yours.kpiValues[kpi.id]) : kpiValue(theirKpiValues[kpi.id]),
        theirs: kpiValue(theirKpiValues[kpi.id]),
      })),
  ];

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-md border border-red-300 bg-red-50 p-3 text-sm">
      <h3 id={`${id}-title`} className="font-semibold text-red-900">
        {t("conflict.title", { month: monthLabel })}
      </h3>
      <p className="mt-1 text-red-900">
        {theirs
          ? t("conflict.theirsBy", {
              name: theirs.recordedByName || "?",
              when: formatDateTime(new Date(theirs.updatedAt), locale),
            })
          : deleted
            ? t("conflict.theirsDeleted")
            : t("conflict.theirsKpis")}
      </p>
      <ScrollRegion label={t("conflict.title", { month: monthLabel })} className="mt-2">
        <table className="w-full bg-white text-left sm:w-auto sm:min-w-[24rem]">
          <thead className="text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className="px-2 py-1">
                {t("conflict.field")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("conflict.yours")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("conflict.theirs")}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr
                key={line.label}
                className={`border-t ${line.yours !== line.theirs ? "font-medium" : "text-gray-600"}`}
              >
                <th scope="row" className="px-2 py-1 font-normal">
                  {line.label}
                </th>
                <td className="px-2 py-1">{line.yours}</td>
                <td className="px-2 py-1">{deleted ? t("conflict.deleted") : line.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ConflictChoices pending={pending} onKeepTheirs={onKeepTheirs} onOverwrite={onOverwrite} />
    </section>
  );
}
