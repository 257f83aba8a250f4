import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/roles";

export async function WorkspaceNav({ slug, name, role }: { slug: string; name: string; role: Role }) {
  const t = await getTranslations("workspaceNav");
  const ta = await getTranslations("accuracy");
  const links = [
    { href: `/w/${slug}`, label: t("overview") },
    { href: `/w/${slug}/month`, label: t("month") },
    { href: `/w/${slug}/investments`, label: t("investments") },
    { href: `/w/${slug}/accuracy`, label: ta("nav") },
    { href: `/w/${slug}/members`, label: t("members") },
    { href: `/w/${slug}/transfer`, label: t("transfer") },
    { href: `/w/${slug}/reports`, label: t("reports") },
    { href: `/w/${slug}/rates`, label: t("rates") },
    ...(role !== "viewer" ? [{ href: `/w/${slug}/share`, label: t("share") }, { href: `/w/${slug}/api-tokens`, label: t("apiTokens") }] : []),
    { href: `/w/${slug}/notifications`, label: t("notifications") },
    ...(role === "owner"
      ? [
          { href: `/w/${slug}/webhooks`, label: t("webhooks") },
          { href: `/w/${slug}/settings`, label: t("settings") },
          { href: `/w/${slug}/audit`, label: t("audit") },
        ]
      : []),
  ];
  return (
    <div className="mb-6 space-y-3">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">{name}</h1>
        <span className="rounded-full bg-gray-100 px-2 py-0.5 text-xs text-gray-700" data-testid="current-role">
          {t(`roles.${role}`)}
        </span>
      </div>
      <nav aria-label={t("label")} className="flex flex-wrap gap-1 border-b border-gray-200">
        {links.map((link) => (
          <Link key={link.href} href={link.href} className="rounded-t-md px-3 py-2 text-sm text-gray-700 hover:bg-gray-100">
            {link.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
