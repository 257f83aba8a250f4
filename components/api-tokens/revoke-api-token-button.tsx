"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";

type Props = { slug: string; tokenId: string; name: string; /** Tells apart the table's and the card's copy of one button, so ids stay unique. */ idSuffix: string };

/** Revoke, after an explicit confirmation step in place (no browser dialog). */
export function RevokeApiTokenButton({ slug, tokenId, name, idSuffix }: Props) {
  const t = useTranslations("apiTokens");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const questionId = `revoke-${tokenId}-${idSuffix}-question`;

  function revoke() {
    startTransition(async () => {
      const result = await revokeApiTokenAction({ workspaceSlug: slug, tokenId });
      setError(result.ok ? null : result.message);
      if (result.ok) setConfirming(false);
      router.refresh();
    });
  }

  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} aria-label={t("revokeNamed", { name })} className="text-sm text-red-700 underline">
        {t("revoke")}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="space-y-2 text-left">
      <p id={questionId} className="text-sm text-gray-800">
        {t("confirmRevoke", { name })}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={revoke}
          disabled={pending}
          aria-busy={pending || undefined}
          className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:bg-red-300"
        >
          {t("confirmYes")}
        </button>
        <button type="button" onClick={() => setConfirming(false)} disabled={pending} className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm">
          {t("cancel")}
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
