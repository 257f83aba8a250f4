import { useTranslations } from "next-intl";

const colours: Record<string, string> = {
  draft: "bg-gray-100 text-gray-700",
  approved: "bg-blue-100 text-blue-800",
  active: "bg-green-100 text-green-800",
  completed: "bg-emerald-100 text-emerald-900",
  stopped: "bg-red-100 text-red-800",
};

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("investments.statuses");
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${colours[status] ?? ""}`}>{t(status)}</span>;
}
