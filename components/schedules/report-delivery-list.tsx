import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportDeliveryRow } from "@/lib/schedules/queries";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ApproveDeliveryButton } from "./approve-delivery-button";

const STATUS_STYLE: Record<string, string> = {
  sent: "bg-green-50 text-green-800",
  failed: "bg-red-50 text-red-800",
  pending_review: "bg-amber-50 text-amber-800",
};

/** Recent scheduled mails: month, kind, status, attempts and the last error of a failure. */
export async function ReportDeliveryList({
  slug,
  deliveries,
  canApprove,
}: {
  slug: string;
  deliveries: ReportDeliveryRow[];
  canApprove: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("schedules"), getFormatter()]);
  if (deliveries.length === 0) return <p className="text-sm text-gray-600">{t("noDeliveries")}</p>;
  return (
    <ScrollRegion label={t("deliveries")}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("deliveries")}</caption>
        <thead className="text-xs text-gray-600">
          <tr>
            <th scope="col" className="py-1 pr-3">
              {t("month")}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t("kind")}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t("status")}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t("attempts")}
            </th>
            <th scope="col" className="py-1">
              <span className="sr-only">{t("details")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {deliveries.map((d) => (
            <tr key={d.id} data-testid={`delivery-${d.period}-${d.kind}`}>
              <td className="py-2 pr-3 font-mono">{d.period}</td>
              <td className="py-2 pr-3">
                {t(`kinds.${d.kind === "missing-reminder" ? "missingReminder" : "monthlyReport"}`)}
              </td>
              <td className="py-2 pr-3">
                <span
                  className={`rounded px-2 py-0.5 text-xs ${STATUS_STYLE[d.status] ?? "bg-gray-100 text-gray-800"}`}
                >
                  {t(`statuses.${d.status}`)}
                </span>
              </td>
              <td className="py-2 pr-3">{d.attempts}</td>
              <td className="py-2 text-xs text-gray-700">
                {d.status === "pending_review" && canApprove ? (
                  <ApproveDeliveryButton slug={slug} deliveryId={d.id} period={d.period} />
                ) : null}
                {d.status === "failed" && d.lastError ? <span className="text-red-700">{d.lastError}</span> : null}
                {d.status === "sent" && d.sentAt
                  ? t("sentAt", { when: format.dateTime(d.sentAt, { dateStyle: "medium", timeStyle: "short" }) })
                  : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
