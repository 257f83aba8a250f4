import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

type Row = { slug: string; name: string; role: string; currency: string; memberCount: number; updatedAt: Date };

export async function WorkspaceList({ workspaces, locale }: { workspaces: Row[]; locale: UiLocale }) {
  const t = await getTranslations("workspaces");
  if (workspaces.length === 0) return <p className="text-sm text-gray-600">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("yourWorkspaces")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("name")}</th>
            <th scope="col" className="py-2 pr-4">{t("role")}</th>
            <th scope="col" className="py-2 pr-4">{t("currency")}</th>
            <th scope="col" className="py-2 pr-4">{t("members")}</th>
            <th scope="col" className="py-2">{t("lastUpdate")}</th>
          </tr>
        </thead>
        <tbody>
          {workspaces.map((workspace) => (
            <tr key={workspace.slug} className="border-b last:border-0">
              <td className="py-2 pr-4">
                <Link className="font-medium text-blue-700 underline" href={`/w/${workspace.slug}`}>
                  {workspace.name}
                </Link>
              </td>
              <td className="py-2 pr-4">{t(`roles.${workspace.role}`)}</td>
              <td className="py-2 pr-4">{workspace.currency}</td>
              <td className="py-2 pr-4">{workspace.memberCount}</td>
              <td className="py-2">{formatDate(workspace.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
