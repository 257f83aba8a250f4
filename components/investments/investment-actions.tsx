"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/actions/result";
import {
  approvePlanAction,
  archiveInvestmentAction,
  changeStatusAction,
  deleteInvestmentAction,
  duplicateInvestmentAction,
  restoreInvestmentAction,
  saveAsTemplateAction,
} from "@/lib/investments/actions";
import type { InvestmentStatus } from "@/lib/investments/schemas";

type Props = { slug: string; id: string; name: string; revision: number; status: InvestmentStatus; archived: boolean; nextStatuses: InvestmentStatus[] };

const buttonClass = "rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-50 disabled:text-gray-400";

export function InvestmentActions({ slug, id, name, revision, status, archived, nextStatuses }: Props) {
  const t = useTranslations("investments");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const ref = { workspaceSlug: slug, investmentId: id };

  function run<T>(action: () => Promise<ActionResult<T>>, onOk?: (data: T) => string | void) {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setMessage({ kind: "error", text: result.message });
        return;
      }
      const text = onOk?.(result.data);
      setMessage(text ? { kind: "ok", text } : null);
      router.refresh();
    });
  }

  /** For a confirmed change: the question shows a refusal itself, a success note shows below. */
  async function confirmed<T>(action: () => Promise<ActionResult<T>>, onOk?: (data: T) => string | void) {
    const result = await action();
    if (result.ok) {
      const text = onOk?.(result.data);
      setMessage(text ? { kind: "ok", text } : null);
      router.refresh();
    }
    return result;
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {status === "draft" ? (
          <ConfirmButton
            label={t("approvePlan")}
            question={t("confirmApprove", { name })}
            confirmLabel={t("confirmApproveYes")}
            tone="primary"
            disabled={pending}
            onConfirm={() => confirmed(() => approvePlanAction({ ...ref, revision }), (data) => (data.warning === "NO_BASELINE" ? t("approvedWithoutBaseline") : t("approved")))}
          />
        ) : null}
        {nextStatuses.map((next) => (
          <button key={next} type="button" disabled={pending} className={buttonClass} onClick={() => run(() => changeStatusAction({ ...ref, revision, status: next }))}>
            {t(`statusActions.${next}`)}
          </button>
        ))}
        <button
          type="button"
          disabled={pending}
          className={buttonClass}
          onClick={() => run(() => duplicateInvestmentAction(ref), (data) => void router.push(`/w/${slug}/investments/${data.id}`))}
        >
          {t("duplicate")}
        </button>
        <button
          type="button"
          disabled={pending}
          className={buttonClass}
          onClick={() => run(() => saveAsTemplateAction({ ...ref, name }), () => t("savedAsTemplate"))}
        >
          {t("saveAsTemplate")}
        </button>
        <button type="button" disabled={pending} className={buttonClass} onClick={() => run(() => (archived ? restoreInvestmentAction(ref) : archiveInvestmentAction(ref)))}>
          {archived ? t("restore") : t("archive")}
        </button>
        <ConfirmButton
          label={t("delete")}
          question={t("confirmDelete", { name })}
          confirmLabel={t("confirmDeleteYes")}
          tone="danger"
          disabled={pending}
          onConfirm={() => confirmed(() => deleteInvestmentAction(ref), () => void router.push(`/w/${slug}/investments`))}
        />
      </div>
      {message ? (
        <p role={message.kind === "error" ? "alert" : "status"} className={`rounded-md p-2 text-sm ${message.kind === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
