"use client";

import { useParams, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { rememberWorkspaceVisit, useRecentSlugs } from "@/components/navigation/recent-workspaces-store";
import { recentWorkspaces } from "@/lib/navigation/recent-workspaces";
import { mayLeaveUnsavedChanges } from "./use-unsaved-changes-warning";

type Props = { workspaces: { slug: string; name: string }[]; userId: string };

/**
 * Switches client workspace from the top bar; consultants do this all day. The workspaces
 * opened last come first, under "Recent" — only those in the user's own list.
 */
export function WorkspaceSwitcher({ workspaces, userId }: Props) {
  const t = useTranslations("common");
  const tn = useTranslations("navigation");
  const router = useRouter();
  const params = useParams<{ slug?: string }>();
  const slug = params.slug ?? "";
  const isOwn = workspaces.some((workspace) => workspace.slug === slug);
  const recent = recentWorkspaces(useRecentSlugs(userId), workspaces);

  useEffect(() => {
    if (isOwn) rememberWorkspaceVisit(userId, slug);
  }, [isOwn, slug, userId]);

  if (workspaces.length === 0) return null;
  const options = (list: { slug: string; name: string }[]) =>
    list.map((workspace) => (
      <option key={workspace.slug} value={workspace.slug}>
        {workspace.name}
      </option>
    ));
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("switchWorkspace")}</span>
      <select
        aria-label={t("switchWorkspace")}
        className="w-full rounded-md border-gray-300 py-1 text-sm sm:w-auto sm:max-w-[14rem]"
        value={isOwn ? slug : ""}
        onChange={(event) => {
          if (mayLeaveUnsavedChanges()) router.push(event.target.value ? `/w/${event.target.value}` : "/workspaces");
        }}
      >
        <option value="">{t("allWorkspaces")}</option>
        {recent.length > 0 ? (
          <>
            <optgroup label={tn("recentWorkspaces")}>{options(recent)}</optgroup>
            <optgroup label={tn("yourWorkspaces")}>{options(workspaces)}</optgroup>
          </>
        ) : (
          options(workspaces)
        )}
      </select>
    </label>
  );
}
