import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-sm text-gray-600">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-blue-700 border-t-transparent" aria-hidden />
      {t("loading")}
    </div>
  );
}
