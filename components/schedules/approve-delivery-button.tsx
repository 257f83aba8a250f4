"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { approveMonthlyReportAction } from "@/lib/schedules/actions";

/** Releases a held month after a confirmation in place: the report is sent right away. */
export function ApproveDeliveryButton({ slug, deliveryId, period }: { slug: string; deliveryId: string; period: string }) {
  const t = useTranslations("schedules");
  const locale = useLocale() as UiLocale;
  const router = useRouter();
  // The approval stands even when sending fails; the failure shows until the list is refreshed.
  const [sendFailure, setSendFailure] = useState<string | null>(null);
  const month = formatPeriod(period, locale);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <ConfirmButton
        label={t("approve")}
        triggerAriaLabel={t("approveNamed", { month })}
        question={t("confirmApprove", { month })}
        confirmLabel={t("confirmApproveYes")}
        tone="primary"
        onConfirm={async () => {
          const result = await approveMonthlyReportAction({ workspaceSlug: slug, deliveryId });
          if (result.ok) {
            setSendFailure(result.data.status === "failed" ? result.data.error : null);
            router.refresh();
          }
          return result;
        }}
      />
      {sendFailure ? (
        <span role="alert" className="text-xs text-red-700">
          {sendFailure}
        </span>
      ) : null}
    </span>
  );
}
