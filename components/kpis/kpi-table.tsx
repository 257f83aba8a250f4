"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Fragment, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/actions/result";
import { formatDate, formatNumber, formatPeriod } from "@/lib/i18n/format";
import { toUiLocale } from "@/lib/i18n/locales";
import { deleteKpiAction, deleteKpiMeasurementAction } from "@/lib/kpis/actions";
import type { KpiView } from "@/lib/kpis/queries";
import { KpiForm } from "./kpi-form";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { slug: string; investmentId: string; kpis: KpiView[]; editable: boolean };

export function KpiTable({ slug, investmentId, kpis, editable }: Props) {
  const t = useTranslations("kpis");
  const locale = toUiLocale(useLocale()) ?? "en";
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const value = (v: string | null, unit: string) =>
    v === null ? "—" : `${formatNumber(v, locale, 4)}${unit ? ` ${unit}` : ""}`;

  /** For a confirmed delete: the question shows a refusal itself. */
  async function confirmed(action: () => Promise<ActionResult<unknown>>) {
    const result = await action();
    router.refresh();
    return result;
  }

  if (kpis.length === 0) return <p className="text-sm text-gray-600">{t("empty")}</p>;
  const columns = editable ? 7 : 6;
  return (
    <div className="space-y-2">
      <ScrollRegion label={t("caption")}>
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className="py-2 pr-4">
                {t("name")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("baseline")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("target")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("direction")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("latest")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("measurements")}
              </th>
              {editable ? (
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi) => {
              const latest = kpi.measurements.at(-1);
              return (
                <Fragment key={kpi.id}>
                  <tr className="border-b align-top">
                    <th scope="row" className="py-2 pr-4 text-left font-medium">
                      {kpi.name}
                    </th>
                    <td className="py-2 pr-4">
                      {value(kpi.baseline, kpi.unit)}
                      {kpi.baselineDate ? (
                        <span className="block text-xs text-gray-500">
                          {t("measuredOn", { date: formatDate(new Date(`${kpi.baselineDate}T12:00:00Z`), locale) })}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-4">{value(kpi.target, kpi.unit)}</td>
                    <td className="py-2 pr-4">{t(`directions.${kpi.direction}`)}</td>
                    <td className="py-2 pr-4">
                      {latest ? `${value(latest.value, kpi.unit)} (${formatPeriod(latest.period, locale)})` : "—"}
                    </td>
                    <td className="py-2 pr-4">
                      {kpi.measurements.length === 0 ? (
                        <span className="text-gray-500">{t("noMeasurements")}</span>
                      ) : (
                        <details>
                          <summary className="cursor-pointer text-blue-700">
                            {t("measurementsOf", { name: kpi.name })}
                          </summary>
                          <ul className="mt-1 space-y-1">
                            {kpi.measurements.map((m) => (
                              <li key={m.period} className="flex items-center gap-2">
                                <span>
                                  {formatPeriod(m.period, locale)}: {value(m.value, kpi.unit)}
                                </span>
                                {editable ? (
                                  <ConfirmButton
                                    label={t("delete")}
                                    triggerAriaLabel={t("deleteMeasurement", { month: formatPeriod(m.period, locale) })}
                                    question={t("confirmDeleteMeasurement", { month: formatPeriod(m.period, locale) })}
                                    confirmLabel={t("confirmDeleteYes")}
                                    tone="danger"
                                    appearance="link"
                                    onConfirm={() =>
                                      confirmed(() =>
                                        deleteKpiMeasurementAction({
                                          workspaceSlug: slug,
                                          kpiId: kpi.id,
                                          month: m.period,
                                          // Deleted only if it is still this value; else the conflict message shows.
                                          baseValue: m.value,
                                        }),
                                      )
                                    }
                                  />
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                    {editable ? (
                      <td className="whitespace-nowrap py-2">
                        <button
                          type="button"
                          className="text-sm text-blue-700 underline"
                          aria-expanded={editing === kpi.id}
                          aria-label={t("editOf", { name: kpi.name })}
                          onClick={() => setEditing(editing === kpi.id ? null : kpi.id)}
                        >
                          {t("edit")}
                        </button>
                        <span className="ml-3 inline-block">
                          <ConfirmButton
                            label={t("delete")}
                            triggerAriaLabel={t("deleteOf", { name: kpi.name })}
                            question={t("confirmDelete", { name: kpi.name })}
                            confirmLabel={t("confirmDeleteYes")}
                            tone="danger"
                            appearance="link"
                            onConfirm={() => confirmed(() => deleteKpiAction({ workspaceSlug: slug, kpiId: kpi.id }))}
                          />
                        </span>
                      </td>
                    ) : null}
                  </tr>
                  {editing === kpi.id ? (
                    <tr className="border-b bg-gray-50">
                      <td colSpan={columns} className="p-3">
                        <KpiForm slug={slug} investmentId={investmentId} kpi={kpi} onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
