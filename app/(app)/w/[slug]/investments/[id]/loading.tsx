import { getTranslations } from "next-intl/server";

// Only here, below the workspace layout: a loading boundary starts streaming, after which
// a 404 can no longer be sent as a status. Workspace membership is decided by the layout
// above this boundary, so outsiders still get a real 404.

export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-sm text-gray-600">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-blue-700 border-t-transparent" aria-hidden />
      {t("loading")}
    </div>
  );
}
