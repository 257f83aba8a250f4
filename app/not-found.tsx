import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MainLandmark } from "@/components/navigation/main-landmark";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <MainLandmark className="mx-auto max-w-md p-8 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-gray-600">{t("notFoundBody")}</p>
      <Link href="/workspaces" className="mt-6 inline-block text-blue-700 underline">
        {t("backToWorkspaces")}
      </Link>
    </MainLandmark>
  );
}
