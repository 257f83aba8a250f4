import { getLocale, getTranslations } from "next-intl/server";
import { AuditFilter, AuditTable } from "@/components/workspaces/audit-table";
import { Card } from "@/components/ui/card";
import { actionsOfArea, AUDIT_AREAS, isAuditArea } from "@/lib/audit/describe-entry";
import { listAuditEntries, loadAuditNames } from "@/lib/audit/queries";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import type { UiLocale } from "@/lib/i18n/locales";

export default async function AuditPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams?: Promise<{ area?: string | string[] }> }) {
  const { workspace } = await requireWorkspacePage((await params).slug, "owner");
  const requested = (await searchParams)?.area;
  // An unknown area (a hand-typed URL) shows everything.
  const area = isAuditArea(requested) ? requested : null;
  const [entries, t, locale] = await Promise.all([
    listAuditEntries(workspace.id, { actions: area ? actionsOfArea(area) : undefined }),
    getTranslations("audit"),
    getLocale(),
  ]);
  const names = await loadAuditNames(workspace.id, entries);
  return (
    <Card title={t("title")}>
      <div className="space-y-4">
        <AuditFilter areas={AUDIT_AREAS} selected={area} />
        <AuditTable entries={entries} names={names} locale={locale as UiLocale} filtered={area !== null} />
      </div>
    </Card>
  );
}
