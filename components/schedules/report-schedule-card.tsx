import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { hasRole, type Role } from "@/lib/auth/roles";
import { getReportSchedule, listReportDeliveries } from "@/lib/schedules/queries";
import { ReportDeliveryList } from "./report-delivery-list";
import { ReportScheduleForm } from "./report-schedule-form";

/** The settings card "Monthly report e-mail": the schedule and what was (or was not) sent. */
export async function ReportScheduleCard({ workspace, role }: { workspace: { id: string; slug: string }; role: Role }) {
  const [t, schedule, deliveries] = await Promise.all([getTranslations("schedules"), getReportSchedule(workspace.id), listReportDeliveries(workspace.id)]);
  return (
    <Card title={t("title")}>
      <div className="space-y-6">
        <ReportScheduleForm slug={workspace.slug} schedule={schedule} />
        <div>
          <h3 className="mb-2 text-sm font-semibold text-gray-900">{t("deliveries")}</h3>
          <ReportDeliveryList slug={workspace.slug} deliveries={deliveries} canApprove={hasRole(role, "editor")} />
        </div>
      </div>
    </Card>
  );
}
