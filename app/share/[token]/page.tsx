import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SharedInvestment } from "@/components/share/shared-investment";
import { SharedWorkspace } from "@/components/share/shared-workspace";
import { formatDate } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { SearchParams } from "@/lib/dashboard/dashboard-query";
import { openShareLink } from "@/lib/sharing/queries";
import { loadSharedView } from "@/lib/sharing/shared-view";
import { MainLandmark } from "@/components/navigation/main-landmark";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** A read-only view for stakeholders who never log in. */
export default async function SharedPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams?: Promise<SearchParams> }) {
  const { token } = await params;
  const [opened, t, locale] = await Promise.all([openShareLink(token), getTranslations("share"), getLocale()]);
  const view = opened.state === "valid" ? await loadSharedView(opened.link, (await searchParams) ?? {}) : null;
  return (
    <MainLandmark className="mx-auto max-w-6xl space-y-6 px-4 py-6">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b pb-3">
        <span className="text-lg font-semibold text-blue-800">Realised</span>
        {opened.state === "valid" ? (
          <span className="flex flex-wrap items-baseline gap-3 text-sm text-gray-600">
            {t("readOnly", { workspace: opened.link.workspace.name, date: formatDate(opened.link.expiresAt, locale as UiLocale) })}
            {opened.link.percentOnly ? null : (
              <a href={`/share/${token}/report?locale=${locale}`} className="rounded-md border border-gray-300 bg-white px-3 py-1 text-blue-700 underline">
                {t("downloadPdf")}
              </a>
            )}
          </span>
        ) : null}
      </header>
      {opened.state !== "valid" || !view || view.kind === "unavailable" ? (
        <div className="mx-auto max-w-md py-10 text-center" data-testid="share-unavailable">
          <h1 className="text-2xl font-semibold">{t("unavailableTitle")}</h1>
          <p className="mt-2 text-gray-600">{t(`states.${opened.state === "valid" ? "unknown" : opened.state}`)}</p>
        </div>
      ) : view.kind === "workspace" ? (
        <SharedWorkspace
          portfolio={view.portfolio}
          query={view.query}
          basePath={`/share/${encodeURIComponent(token)}`}
          workspaceCurrency={opened.link.workspace.currency}
          percentOnly={opened.link.percentOnly}
        />
      ) : (
        <SharedInvestment investment={view.investment} conversion={view.conversion} percentOnly={opened.link.percentOnly} />
      )}
    </MainLandmark>
  );
}
