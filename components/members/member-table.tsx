"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/members/actions";

type Member = { id: string; role: string; user: { id: string; name: string; email: string } };

export function MemberTable({ slug, members, canManage, currentUserId }: { slug: string; members: Member[]; canManage: boolean; currentUserId: string }) {
  const t = useTranslations("members");
  const tr = useTranslations("workspaces.roles");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run(action: () => Promise<ActionResult<unknown>>) {
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : result.message);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className="py-2 pr-4">{t("name")}</th>
              <th scope="col" className="py-2 pr-4">{t("email")}</th>
              <th scope="col" className="py-2 pr-4">{t("role")}</th>
              {canManage ? <th scope="col" className="py-2"><span className="sr-only">{t("actions")}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-b last:border-0">
                <td className="py-2 pr-4">
                  {member.user.name}
                  {member.user.id === currentUserId ? <span className="ml-1 text-xs text-gray-500">({t("you")})</span> : null}
                </td>
                <td className="py-2 pr-4">{member.user.email}</td>
                <td className="py-2 pr-4">
                  {canManage ? (
                    <select
                      aria-label={t("roleOf", { name: member.user.name })}
                      className="rounded-md border-gray-300 py-1 text-sm"
                      defaultValue={member.role}
                      disabled={pending}
                      onChange={(event) => run(() => changeMemberRoleAction({ workspaceSlug: slug, membershipId: member.id, role: event.target.value }))}
                    >
                      {["owner", "editor", "viewer"].map((r) => (
                        <option key={r} value={r}>
                          {tr(r)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    tr(member.role)
                  )}
                </td>
                {canManage ? (
                  <td className="py-2 text-right">
                    {member.user.id !== currentUserId ? (
                      <button
                        type="button"
                        disabled={pending}
                        className="text-sm text-red-700 underline"
                        onClick={() => {
                          if (window.confirm(t("confirmRemove", { name: member.user.name }))) {
                            run(() => removeMemberAction({ workspaceSlug: slug, membershipId: member.id }));
                          }
                        }}
                      >
                        {t("remove")}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
