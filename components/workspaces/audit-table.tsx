import { getTranslations } from "next-intl/server";
import { describeAuditEntry, type AuditArea, type AuditNames } from "@/lib/audit/describe-entry";
import { renderAuditDescription, type RootTranslator } from "@/lib/audit/render-description";
import { formatDateTime } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Entry = {
  id: string;
  action: string;
  entityType: string;
  entityId?: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
  /** Set when the change came through the API. */
  apiTokenName?: string | null;
};

type Row = { entry: Entry; when: string; sentence: string; note?: string };

/**
 * The audit log in words ("Recorded actuals for March 2026 of “CRM system”"), each entry's
 * code and raw before/after kept in a disclosure for experts. Cards below 640 px; from
 * there a table in its own horizontal scroll region, so the page never widens.
 */
export async function AuditTable({
  entries,
  names,
  locale,
  filtered = false,
}: {
  entries: Entry[];
  names: AuditNames;
  locale: UiLocale;
  filtered?: boolean;
}) {
  const [t, tAll] = await Promise.all([getTranslations("audit"), getTranslations()]);
  if (entries.length === 0)
    return <p className="text-sm text-gray-600">{filtered ? t("emptyFiltered") : t("empty")}</p>;
  const rows: Row[] = entries.map((entry) => {
    const description = describeAuditEntry(entry, names);
    return {
      entry,
      when: formatDateTime(entry.createdAt, locale),
      sentence: renderAuditDescription(description, tAll as unknown as RootTranslator, locale),
      note: description.note,
    };
  });

  const who = ({ entry }: Row) => (
    <>
      {entry.actor?.name ?? t("system")}
      {entry.apiTokenName ? (
        <span className="block text-xs text-gray-500">{t("viaApiToken", { name: entry.apiTokenName })}</span>
      ) : null}
    </>
  );
  const what = ({ sentence, note }: Row) => (
    <>
      <span className="[overflow-wrap:anywhere]">{sentence}</span>
      {note ? (
        <span className="mt-0.5 block text-xs text-gray-600 [overflow-wrap:anywhere]">
          {t("note")}: {note}
        </span>
      ) : null}
    </>
  );
  const details = ({ entry }: Row) => (
    <details>
      <summary className="cursor-pointer rounded-sm text-blue-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
        {t("details")}
      </summary>
      <p className="mt-1 text-xs text-gray-600">
        {t("code")}: <code className="font-mono">{entry.action}</code>
      </p>
      <pre className="mt-1 max-h-80 max-w-xl overflow-auto whitespace-pre-wrap text-xs [overflow-wrap:anywhere]">
        {JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }, null, 2)}
      </pre>
    </details>
  );

  return (
    <div className="space-y-3">
      <p className="text-xs text-gray-600">{t("shown", { count: entries.length })}</p>
      {/* Focusable, so keyboard users can scroll it; `relative` keeps the sr-only caption inside. */}
      <ScrollRegion label={t("scrollRegion")} className="hidden sm:block">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className="py-2 pr-4">
                {t("when")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("who")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("what")}
              </th>
              <th scope="col" className="py-2">
                {t("change")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.entry.id} className="border-b align-top last:border-0">
                <td className="whitespace-nowrap py-2 pr-4">{row.when}</td>
                <td className="py-2 pr-4">{who(row)}</td>
                <td className="min-w-[16rem] py-2 pr-4">{what(row)}</td>
                <td className="py-2">{details(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {/* Below 640 px the same entries as cards (after the table, so on wide screens the visible copy comes first). */}
      <ul className="space-y-3 sm:hidden" aria-label={t("title")}>
        {rows.map((row) => (
          <li key={row.entry.id} className="min-w-0 rounded-md border border-gray-200 p-3 text-sm">
            <p className="font-medium text-gray-900">{what(row)}</p>
            <p className="mt-1 text-xs text-gray-600">
              {row.when} · {who(row)}
            </p>
            <div className="mt-2 text-sm">{details(row)}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Which kind of change the audit log shows: a plain GET form, so it works without JavaScript and the URL can be shared. */
export async function AuditFilter({ areas, selected }: { areas: readonly AuditArea[]; selected: AuditArea | null }) {
  const t = await getTranslations("audit.filter");
  // One filter per page: a fixed id is unique.
  const id = "audit-area";
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-gray-800">
          {t("label")}
        </label>
        <select
          id={id}
          name="area"
          defaultValue={selected ?? ""}
          className="max-w-full rounded-md border-gray-300 py-1.5 text-sm"
        >
          <option value="">{t("all")}</option>
          {areas.map((area) => (
            <option key={area} value={area}>
              {t(`areas.${area}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2"
      >
        {t("apply")}
      </button>
    </form>
  );
}
