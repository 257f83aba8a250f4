import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

type Entry = {
  id: string;
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
  /** Set when the change came through the API. */
  apiTokenName?: string | null;
};

export async function AuditTable({ entries, locale }: { entries: Entry[]; locale: UiLocale }) {
  const t = await getTranslations("audit");
  if (entries.length === 0) return <p className="text-sm text-gray-600">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("when")}</th>
            <th scope="col" className="py-2 pr-4">{t("who")}</th>
            <th scope="col" className="py-2 pr-4">{t("what")}</th>
            <th scope="col" className="py-2">{t("change")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b align-top last:border-0">
              <td className="whitespace-nowrap py-2 pr-4">{formatDateTime(entry.createdAt, locale)}</td>
              <td className="py-2 pr-4">
                {entry.actor?.name ?? "—"}
                {entry.apiTokenName ? <span className="block text-xs text-gray-500">{t("viaApiToken", { name: entry.apiTokenName })}</span> : null}
              </td>
              <td className="py-2 pr-4 font-mono text-xs">{entry.action}</td>
              <td className="py-2">
                <details>
                  <summary className="cursor-pointer text-blue-700">{t("details")}</summary>
                  <pre className="mt-1 max-w-xl overflow-x-auto whitespace-pre-wrap text-xs">
                    {JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }, null, 2)}
                  </pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
