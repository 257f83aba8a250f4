import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

type Version = { id: string; version: number; reason: string; createdByName: string; createdAt: Date };

export async function VersionHistory({ slug, investmentId, versions, selected }: { slug: string; investmentId: string; versions: Version[]; selected: number | null }) {
  const [t, locale] = await Promise.all([getTranslations("investments"), getLocale()]);
  if (versions.length === 0) return <p className="text-sm text-gray-600">{t("noVersions")}</p>;
  return (
    <ol className="divide-y text-sm" aria-label={t("versionsTitle")}>
      {versions.map((v) => (
        <li key={v.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <strong>v{v.version}</strong> · {v.reason} · {v.createdByName || "—"} · {formatDateTime(v.createdAt, locale as UiLocale)}
          </span>
          {selected === v.version ? (
            <span className="text-xs text-gray-500">{t("comparingWith")}</span>
          ) : (
            <Link className="text-xs text-blue-700 underline" href={`/w/${slug}/investments/${investmentId}?version=${v.version}`}>
              {t("compareWith")}
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
