"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

type Props = {
  /** Unique per page: the question's id is built from it. */
  id: string;
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending: boolean;
  danger?: boolean;
};

/** A button that asks first, in place (no browser dialog), for changes that cannot be taken back. */
export function ConfirmButton({ id, label, question, confirmLabel, onConfirm, pending, danger = false }: Props) {
  const t = useTranslations("webhooks");
  const [asking, setAsking] = useState(false);
  const questionId = `${id}-question`;
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} disabled={pending} className={`rounded-md border px-3 py-1.5 text-sm ${danger ? "border-red-300 text-red-700 hover:bg-red-50" : "border-gray-300 text-gray-800 hover:bg-gray-50"}`}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="w-full space-y-2 rounded-md border border-gray-200 bg-gray-50 p-3">
      <p id={questionId} className="text-sm text-gray-800">
        {question}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
          disabled={pending}
          className={`rounded-md px-3 py-1.5 text-sm font-medium text-white ${danger ? "bg-red-700 hover:bg-red-800" : "bg-blue-700 hover:bg-blue-800"}`}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={() => setAsking(false)} className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm">
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
