import { useTranslations } from "next-intl";
import { CATEGORIES } from "@/lib/investments/schemas";

/**
 * A plain GET form: the filter lives in the URL, so a filtered dashboard can be shared.
 * `keep` are the other settings of the view (currency, sort) carried over; the page resets.
 */
export function CategoryFilter({ value, keep = {} }: { value: string | null | undefined; keep?: Record<string, string> }) {
  const t = useTranslations("dashboard");
  const tc = useTranslations("investments.categories");
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <div>
        <label htmlFor="dashboard-category" className="block text-xs font-medium text-gray-700">
          {t("category")}
        </label>
        <select id="dashboard-category" name="category" defaultValue={value ?? ""} className="mt-1 rounded-md border-gray-300 text-sm">
          <option value="">{t("allCategories")}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {tc(c)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm hover:bg-gray-50">
        {t("applyFilter")}
      </button>
    </form>
  );
}
