"use client";

import { useTranslations } from "next-intl";
import { MainLandmark } from "@/components/navigation/main-landmark";

// Shown for unexpected errors: no details, only a way to retry.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <MainLandmark className="mx-auto max-w-md p-8 text-center">
      <h1 className="text-2xl font-semibold">{t("unexpectedTitle")}</h1>
      <p className="mt-2 text-gray-600">{t("unexpectedBody")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-blue-700 px-3 py-2 text-sm text-white">
        {t("retry")}
      </button>
    </MainLandmark>
  );
}
