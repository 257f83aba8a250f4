"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
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

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {status === "draft" ? (
          <button
            type="button"
            disabled={pending}
            className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-blue-300"
            onClick={() => run(() => approvePlanAction({ ...ref, revision }), (data) => (data.warning === "NO_BASELINE" ? t("approvedWithoutBaseline") : t("approved")))}
          >
            {t("approvePlan")}
          </button>
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
        <button
          type="button"
          disabled={pending}
          className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50"
          onClick={() => {
            if (window.confirm(t("confirmDelete", { name }))) run(() => deleteInvestmentAction(ref), () => void router.push(`/w/${slug}/investments`));
          }}
        >
          {t("delete")}
        </button>
      </div>
      {message ? (
        <p role={message.kind === "error" ? "alert" : "status"} className={`rounded-md p-2 text-sm ${message.kind === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
