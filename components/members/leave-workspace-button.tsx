"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { leaveWorkspaceAction } from "@/lib/members/actions";

/** Leaves the workspace after a confirmation in place; a refusal (the last owner) shows beside the question. */
export function LeaveWorkspaceButton({ slug }: { slug: string }) {
  const t = useTranslations("members");
  const router = useRouter();
  return (
    <div className="flex flex-col items-end gap-1">
      <ConfirmButton
        label={t("leave")}
        question={t("confirmLeave")}
        confirmLabel={t("confirmLeaveYes")}
        tone="danger"
        onConfirm={async () => {
          const result = await leaveWorkspaceAction({ workspaceSlug: slug });
          if (result.ok) {
            router.push("/workspaces");
            router.refresh();
          }
          return result;
        }}
      />
    </div>
  );
}
