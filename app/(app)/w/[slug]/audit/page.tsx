import { getLocale, getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/workspaces/audit-table";
import { Card } from "@/components/ui/card";
import { listAuditEntries } from "@/lib/audit/queries";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import type { UiLocale } from "@/lib/i18n/locales";

export default async function AuditPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await requireWorkspacePage((await params).slug, "owner");
  const [entries, t, locale] = await Promise.all([listAuditEntries(workspace.id), getTranslations("audit"), getLocale()]);
  return (
    <Card title={t("title")}>
      <AuditTable entries={entries} locale={locale as UiLocale} />
    </Card>
  );
}
