"use client";

import { useParams, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

/** Switches client workspace from the top bar; consultants do this all day. */
export function WorkspaceSwitcher({ workspaces }: { workspaces: { slug: string; name: string }[] }) {
  const t = useTranslations("common");
  const router = useRouter();
  const params = useParams<{ slug?: string }>();
  if (workspaces.length === 0) return null;
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("switchWorkspace")}</span>
      <select
        aria-label={t("switchWorkspace")}
        className="max-w-[14rem] rounded-md border-gray-300 py-1 text-sm"
        value={params.slug ?? ""}
        onChange={(event) => router.push(event.target.value ? `/w/${event.target.value}` : "/workspaces")}
      >
        <option value="">{t("allWorkspaces")}</option>
        {workspaces.map((workspace) => (
          <option key={workspace.slug} value={workspace.slug}>
            {workspace.name}
          </option>
        ))}
      </select>
    </label>
  );
}
