import { getTranslations } from "next-intl/server";
import { GenerateReportForm } from "@/components/reports/generate-report-form";
import { ReportScheduleCard } from "@/components/schedules/report-schedule-card";
import { ReportList } from "@/components/reports/report-list";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/roles";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { toUiLocale } from "@/lib/i18n/locales";
import { defaultReportPeriod } from "@/lib/pdf/report-period";
import { listReports } from "@/lib/reports/queries";

export default async function ReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, role } = await requireWorkspacePage((await params).slug, "viewer");
  const [reports, t] = await Promise.all([listReports(workspace.id), getTranslations("reports")]);
  const last = defaultReportPeriod(new Date());
  return (
    <div className="space-y-6">
      <p className="text-sm text-gray-700">{t("intro")}</p>
      {hasRole(role, "editor") ? (
        <Card title={t("generateTitle")}>
          <GenerateReportForm slug={workspace.slug} defaultPeriod={`${last.from.slice(0, 4)}-01..${last.to}`} defaultLocale={toUiLocale(workspace.locale) ?? "en"} />
        </Card>
      ) : null}
      <Card title={t("listTitle")}>
        <ReportList slug={workspace.slug} reports={reports} />
      </Card>
      {/* Editors set the monthly e-mail and approve held months here (settings is owners only). */}
      {hasRole(role, "editor") ? <ReportScheduleCard workspace={workspace} role={role} /> : null}
    </div>
  );
}
