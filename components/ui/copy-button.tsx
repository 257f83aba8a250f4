"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies `text` to the clipboard and says so (politely, for screen readers too); `label` defaults to "Copy". */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useTranslations("common");
  const [outcome, setOutcome] = useState<"copied" | "copyFailed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      // Clipboard access can be refused (permissions, plain http); the field stays selectable.
      setOutcome("copyFailed");
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        {label ?? t("copy")}
      </button>
      <span role="status" className="text-xs text-gray-600">
        {outcome ? t(outcome) : ""}
      </span>
    </span>
  );
}
