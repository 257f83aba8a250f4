"use client";

import { useTranslations } from "next-intl";
import type { KpiView } from "@/lib/kpis/queries";
import { KpiForm } from "./kpi-form";
import { KpiMeasurementForm } from "./kpi-measurement-form";
import { KpiTable } from "./kpi-table";

type Props = { slug: string; investmentId: string; kpis: KpiView[]; months: string[]; editable: boolean };

/** KPIs with baseline, target and direction; editors add, edit and delete them and record measurements. */
export function KpiManager({ slug, investmentId, kpis, months, editable }: Props) {
  const t = useTranslations("kpis");
  const noBaseline = !kpis.some((kpi) => kpi.baseline !== null);
  return (
    <div className="space-y-6">
      <p className="text-sm text-gray-700">{t("intro")}</p>
      {noBaseline ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="no-baseline-warning">
          {t("noBaseline")}
        </p>
      ) : null}
      <KpiTable slug={slug} investmentId={investmentId} kpis={kpis} editable={editable} />
      {editable ? (
        <>
          <section aria-labelledby="kpi-add-title" className="space-y-2">
            <h3 id="kpi-add-title" className="text-sm font-semibold text-gray-900">
              {t("addTitle")}
            </h3>
            <KpiForm slug={slug} investmentId={investmentId} />
          </section>
          {kpis.length > 0 ? (
            <section aria-labelledby="kpi-measure-title" className="space-y-2">
              <h3 id="kpi-measure-title" className="text-sm font-semibold text-gray-900">
                {t("measureTitle")}
              </h3>
              <p className="text-xs text-gray-500">{t("measureHint")}</p>
              <KpiMeasurementForm slug={slug} kpis={kpis} months={months} />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
