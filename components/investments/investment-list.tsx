import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { dateToPeriod } from "@/lib/investments/months";
import type { listInvestments } from "@/lib/investments/queries";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import { StatusBadge } from "./status-badge";

type Row = Awaited<ReturnType<typeof listInvestments>>[number];

export async function InvestmentList({ slug, investments }: { slug: string; investments: Row[] }) {
  const [t, locale] = await Promise.all([getTranslations("investments"), getLocale()]);
  return (
    <ScrollRegion label={t("title")}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            <th scope="col" className={`py-2 pr-4 ${stickyCell()}`}>{t("name")}</th>
            <th scope="col" className="py-2 pr-4">{t("category")}</th>
            <th scope="col" className="py-2 pr-4">{t("status")}</th>
            <th scope="col" className="py-2 pr-4">{t("startMonth")}</th>
            <th scope="col" className="py-2 pr-4 text-right">{t("monthsRecorded")}</th>
            <th scope="col" className="py-2 text-right">{t("versions")}</th>
          </tr>
        </thead>
        <tbody>
          {investments.map((row) => (
            <tr key={row.id} className="border-b last:border-0">
              <th scope="row" className={`py-2 pr-4 text-left font-normal ${stickyCell()}`}>
                <Link href={`/w/${slug}/investments/${row.id}`} className="font-medium text-blue-700 underline">
                  {row.name}
                </Link>
              </th>
              <td className="py-2 pr-4">{t(`categories.${row.category}`)}</td>
              <td className="py-2 pr-4">
                <StatusBadge status={row.status} />
              </td>
              <td className="py-2 pr-4">{formatPeriod(dateToPeriod(row.startMonth), locale as UiLocale)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">
                {row._count.actuals} / {row.horizonMonths}
              </td>
              <td className="py-2 text-right tabular-nums">{row._count.versions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
