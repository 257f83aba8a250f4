import { getTranslations } from "next-intl/server";

/**
 * The fallback of a <Suspense> section (investment pages, a past month's new leaks). Those pages have no
 * loading.tsx on purpose: a loading boundary starts streaming (status 200) before the
 * page can call notFound(), so unknown ids and too-low roles would not get a 404.
 */
export async function SectionLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-sm text-gray-600">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-blue-700 border-t-transparent" aria-hidden />
      {t("loading")}
    </div>
  );
}
