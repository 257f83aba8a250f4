"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { approveMonthlyReportAction } from "@/lib/schedules/actions";

/** Releases a held month: the report is sent right away. */
export function ApproveDeliveryButton({ slug, deliveryId }: { slug: string; deliveryId: string }) {
  const t = useTranslations("schedules");
  const router = useRouter();
  const form = useActionForm(approveMonthlyReportAction, { extra: { workspaceSlug: slug, deliveryId }, onSuccess: () => router.refresh() });
  const failure = form.result && !form.result.ok ? form.result.message : form.result?.ok && form.result.data.status === "failed" ? form.result.data.error : null;
  return (
    <form onSubmit={form.onSubmit} className="inline-flex items-center gap-2">
      <Button variant="secondary" pending={form.pending} className="py-1">
        {t("approve")}
      </Button>
      {failure ? (
        <span role="alert" className="text-xs text-red-700">
          {failure}
        </span>
      ) : null}
    </form>
  );
}
