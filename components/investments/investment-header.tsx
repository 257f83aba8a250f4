import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { canWrite, type Role } from "@/lib/auth/roles";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { dateToPeriod } from "@/lib/investments/months";
import type { InvestmentDetail } from "@/lib/investments/queries";
import { allowedNextStatuses } from "@/lib/investments/status";
import { InvestmentActions } from "./investment-actions";
import { StatusBadge } from "./status-badge";

export async function InvestmentHeader({ slug, investment, role }: { slug: string; investment: InvestmentDetail; role: Role }) {
  const [t, locale] = await Promise.all([getTranslations("investments"), getLocale()]);
  const base = `/w/${slug}/investments/${investment.id}`;
  const link = "rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-50";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-xl font-semibold">{investment.name}</h2>
        <StatusBadge status={investment.status} />
        {investment.archivedAt ? <span className="rounded-full bg-gray-200 px-2 py-0.5 text-xs">{t("archived")}</span> : null}
      </div>
      <p className="text-sm text-gray-600">
        {t(`categories.${investment.category}`)} · {formatPeriod(dateToPeriod(investment.startMonth), locale as UiLocale)} ·{" "}
        {t("horizonValue", { months: investment.horizonMonths })} · {investment.currency}
        {investment.ownerName ? ` · ${t("ownedBy", { name: investment.ownerName })}` : ""}
      </p>
      {investment.description ? <p className="text-sm">{investment.description}</p> : null}
      <nav aria-label={t("investmentNav")} className="flex flex-wrap gap-2">
        {canWrite(role) ? (
          <Link href={`${base}/edit`} className={link}>
            {t("editPlan")}
          </Link>
        ) : null}
        <Link href={`${base}/actuals`} className={link}>
          {canWrite(role) ? t("recordActuals") : t("viewActuals")}
        </Link>
        {canWrite(role) ? (
          <Link href={`${base}/import`} className={link}>
            {t("importCsv")}
          </Link>
        ) : null}
        <a href={`/api/w/${slug}/investments/${investment.id}/export?format=json`} className={link}>
          {t("exportJson")}
        </a>
        <a href={`/api/w/${slug}/investments/${investment.id}/export?format=csv`} className={link}>
          {t("exportCsv")}
        </a>
      </nav>
      {canWrite(role) ? (
        <InvestmentActions
          slug={slug}
          id={investment.id}
          name={investment.name}
          revision={investment.revision}
          status={investment.status}
          archived={investment.archivedAt !== null}
          nextStatuses={allowedNextStatuses(investment.status)}
        />
      ) : null}
    </div>
  );
}
