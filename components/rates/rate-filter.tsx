import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = {
  slug: string;
  pairs: { from: string; to: string }[];
  years: number[];
  /** The filter in force ("EUR-USD", 2026). */
  pair: string;
  year: number | null;
};

/** Narrows the rate table to one currency pair and/or one year (a plain GET form: the URL keeps the filter). */
export async function RateFilter({ slug, pairs, years, pair, year }: Props) {
  const t = await getTranslations("rates.filter");
  const selectClass = "mt-1 block w-full min-w-0 rounded-md border-gray-300 text-sm shadow-sm focus:border-blue-600 focus:ring-blue-600";
  return (
    <form method="get" action={`/w/${slug}/rates`} className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("label")}>
      <div className="min-w-[10rem]">
        <label htmlFor="rate-filter-pair" className="block text-sm font-medium text-gray-800">
          {t("pair")}
        </label>
        <select id="rate-filter-pair" name="pair" defaultValue={pair} className={selectClass}>
          <option value="">{t("allPairs")}</option>
          {pairs.map((p) => (
            <option key={`${p.from}-${p.to}`} value={`${p.from}-${p.to}`}>
              {p.from} → {p.to}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-[8rem]">
        <label htmlFor="rate-filter-year" className="block text-sm font-medium text-gray-800">
          {t("year")}
        </label>
        <select id="rate-filter-year" name="year" defaultValue={year ? String(year) : ""} className={selectClass}>
          <option value="">{t("allYears")}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="inline-flex items-center justify-center rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 hover:bg-gray-50">
        {t("apply")}
      </button>
      {pair || year ? (
        <Link href={`/w/${slug}/rates`} className="py-2 text-sm text-blue-700 underline">
          {t("clear")}
        </Link>
      ) : null}
    </form>
  );
}
