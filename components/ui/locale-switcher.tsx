"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/accounts/actions";

export function LocaleSwitcher() {
  const locale = useLocale();
  const t = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm text-gray-600">
      <span className="sr-only">{t("language")}</span>
      <select
        value={locale}
        disabled={pending}
        aria-label={t("language")}
        className="rounded-md border-gray-300 py-1 text-sm"
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await setLocaleAction({ locale: next });
            router.refresh();
          });
        }}
      >
        <option value="nl">Nederlands</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
