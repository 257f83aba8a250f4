import Link from "next/link";
import { useTranslations } from "next-intl";

type Props = { page: number; pageCount: number; pageSize: number; total: number; pageHref: (page: number) => string };

/** "Page 2 of 5" with previous/next links that keep the other settings of the view. */
export function TablePagination({ page, pageCount, pageSize, total, pageHref }: Props) {
  const t = useTranslations("dashboard");
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const link = (target: number, label: string, rel: "prev" | "next") =>
    target < 1 || target > pageCount ? (
      <span className="text-gray-500" aria-disabled="true">{label}</span>
    ) : (
      <Link href={pageHref(target)} rel={rel} className="text-blue-700 underline">
        {label}
      </Link>
    );
  return (
    <nav aria-label={t("pagination")} className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm" data-testid="table-pagination">
      <span className="text-gray-600">{t("showingRows", { from, to, total })}</span>
      {pageCount > 1 ? (
        <span className="flex items-center gap-3">
          {link(page - 1, t("previous"), "prev")}
          <span aria-current="page">{t("pageOf", { page, pages: pageCount })}</span>
          {link(page + 1, t("next"), "next")}
        </span>
      ) : null}
    </nav>
  );
}
