"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A signing secret, read-only and selectable, with a Copy button that says whether it worked. */
export function SecretField({ id, label, secret }: { id: string; label: string; secret: string }) {
  const t = useTranslations("webhooks");
  const [outcome, setOutcome] = useState<"copied" | "copyFailed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setOutcome("copied");
    } catch {
      // Clipboard access can be refused (permissions, plain http); the field stays selectable.
      setOutcome("copyFailed");
    }
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={id}
          readOnly
          value={secret}
          data-testid="webhook-secret"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 basis-64 rounded-md border-gray-300 font-mono text-xs"
        />
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
        >
          {t("copy")}
        </button>
      </div>
      <p role="status" className="mt-1 min-h-4 text-xs text-gray-600">
        {outcome ? t(outcome) : ""}
      </p>
    </div>
  );
}
