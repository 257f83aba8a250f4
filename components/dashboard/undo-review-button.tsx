"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { undoLeakReviewAction } from "@/lib/leaks/actions";

/** Takes a review back: the leak returns to the open list. */
export function UndoReviewButton({ slug, reviewId }: { slug: string; reviewId: string }) {
  const t = useTranslations("dashboard");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        className="text-xs font-medium text-blue-700 underline disabled:text-gray-400"
        onClick={() =>
          startTransition(async () => {
            const result = await undoLeakReviewAction({ workspaceSlug: slug, reviewId });
            setError(result.ok ? null : result.message);
            router.refresh();
          })
        }
      >
        {pending ? t("undoing") : t("undo")}
      </button>
      {error ? <span role="alert" className="text-xs text-red-700">{error}</span> : null}
    </span>
  );
}
