import { getTranslations } from "next-intl/server";
import { WorkspaceNavLinks } from "@/components/navigation/workspace-nav-links";
import type { Role } from "@/lib/auth/roles";
import { workspaceHref, workspacePagesFor } from "@/lib/navigation/workspace-pages";

export async function WorkspaceNav({ slug, name, role }: { slug: string; name: string; role: Role }) {
  const t = await getTranslations("workspaceNav");
  const tAll = await getTranslations();
  const links = workspacePagesFor(role, { navOnly: true }).map((page) => ({
    id: page.id,
    path: page.path,
    includesSubpaths: page.includesSubpaths,
    href: workspaceHref(slug, page.path),
    label: tAll(page.labelKey),
  }));
  return (
    <div className="mb-6 space-y-3">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="break-words text-2xl font-semibold">{name}</h1>
        <span className="rounded-full bg-gray-100 px-2 py-0.5 text-xs text-gray-700" data-testid="current-role">
          {t(`roles.${role}`)}
        </span>
      </div>
      <WorkspaceNavLinks label={t("label")} slug={slug} links={links} />
    </div>
  );
}
