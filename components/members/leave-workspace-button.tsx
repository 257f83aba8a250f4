"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { leaveWorkspaceAction } from "@/lib/members/actions";

export function LeaveWorkspaceButton({ slug }: { slug: string }) {
  const t = useTranslations("members");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        className="rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-50"
        onClick={() => {
          if (!window.confirm(t("confirmLeave"))) return;
          startTransition(async () => {
            const result = await leaveWorkspaceAction({ workspaceSlug: slug });
            if (result.ok) {
              router.push("/workspaces");
              router.refresh();
            } else setError(result.message);
          });
        }}
      >
        {t("leave")}
      </button>
      {error ? (
        <p role="alert" className="max-w-xs text-right text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
