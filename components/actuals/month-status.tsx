"use client";

import { useTranslations } from "next-intl";
import { recordedSource, type GridActual } from "@/lib/actuals/grid";
import { formatDateTime } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { StatusBadge } from "./status-badge";
import type { RowStatus } from "./use-actuals-grid";

type Props = {
  actual: GridActual | null;
  status: RowStatus;
  dirty: boolean;
  /** The plan version in force, to say when a month was recorded against another; left out on read-only views. */
  planVersion?: number | null;
  locale: UiLocale;
  /** Whether to show a failed save's message here (not when the fields or the form show it). */
  showError: boolean;
};

/** A month's state: recorded or missing, its last save, and who recorded it from where (editable and read-only views). */
export function MonthStatus({ actual, status, dirty, planVersion, locale, showError }: Props) {
  const t = useTranslations("actuals");
  const recorded = recordedSource(actual?.source);
  return (
    <>
      <StatusBadge recorded={actual !== null} status={status} dirty={dirty} />
      {actual ? (
        <p className="mt-1 text-xs text-gray-500">
          {t("recordedBy", {
            name: actual.recordedByName || "?",
            when: formatDateTime(new Date(actual.updatedAt), locale),
          })}
          {` · ${t(`source.${recorded.key}`, { name: recorded.name })}`}
          {planVersion !== undefined && actual.planVersion !== null && actual.planVersion !== planVersion
            ? ` · ${t("recordedAgainst", { version: actual.planVersion })}`
            : ""}
        </p>
      ) : null}
      {status.kind === "error" && showError ? <p className="mt-1 text-xs text-red-700">{status.message}</p> : null}
    </>
  );
}
