import { getTranslations } from "next-intl/server";
import { MAIN_CONTENT_ID } from "@/lib/navigation/main-content";

/** The first Tab stop of every page: hidden until focused, then jumps past the top bar. */
export async function SkipLink() {
  const t = await getTranslations("navigation");
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:border focus:border-blue-700 focus:bg-white focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-blue-800 focus:shadow-lg"
    >
      {t("skipToContent")}
    </a>
  );
}
