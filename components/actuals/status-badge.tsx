"use client";

import { useTranslations } from "next-intl";
import type { RowStatus } from "./use-actuals-grid";

const tone = {
  recorded: "bg-green-50 text-green-800 ring-green-600/20",
  missing: "bg-amber-50 text-amber-900 ring-amber-600/30",
} as const;

/** Recorded or missing (never zero), plus what happened to this row's last save. */
export function StatusBadge({ recorded, status, dirty }: { recorded: boolean; status: RowStatus; dirty: boolean }) {
  const t = useTranslations("actuals.status");
  const state = recorded ? "recorded" : "missing";
  const progress =
    status.kind === "saving"
      ? { text: t("saving"), className: "text-gray-600" }
      : status.kind === "saved"
        ? { text: t("saved"), className: "text-green-700" }
        : status.kind === "deleted"
          ? { text: t("deleted"), className: "text-gray-700" }
          : status.kind === "error"
            ? { text: t("error"), className: "text-red-700 font-medium" }
            : status.kind === "conflict"
              ? { text: t("conflict"), className: "text-red-700 font-medium" }
              : dirty
                ? { text: t("unsaved"), className: "text-blue-800" }
                : null;
  return (
    <div className="space-y-1">
      <span
        className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone[state]}`}
        data-status={state}
      >
        {t(state)}
      </span>
      {progress ? <p className={`text-xs ${progress.className}`}>{progress.text}</p> : null}
    </div>
  );
}
