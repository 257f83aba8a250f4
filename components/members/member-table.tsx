"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/actions/result";
import { ROLES } from "@/lib/auth/roles";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/members/actions";
import { RoleSelect } from "./role-select";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Member = { id: string; role: string; user: { id: string; name: string; email: string } };

export function MemberTable({
  slug,
  members,
  canManage,
  currentUserId,
}: {
  slug: string;
  members: Member[];
  canManage: boolean;
  currentUserId: string;
}) {
  const t = useTranslations("members");
  const tr = useTranslations("workspaces.roles");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  /** A change made at once: a refusal shows above the table. */
  function run(action: () => Promise<ActionResult<unknown>>) {
    return new Promise<ActionResult<unknown>>((resolve) =>
      startTransition(async () => {
        const result = await action();
        setError(result.ok ? null : result.message);
        router.refresh();
        resolve(result);
      }),
    );
  }
  /** For a confirmed change: the question shows a refusal itself. */
  async function confirmed(action: () => Promise<ActionResult<unknown>>) {
    const result = await action();
    if (result.ok) setError(null);
    router.refresh();
    return result;
  }

  return (
    <div className="space-y-3">
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <ScrollRegion label={t("title")}>
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className="py-2 pr-4">
                {t("name")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("email")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("role")}
              </th>
              {canManage ? (
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-b align-top last:border-0">
                <td className="py-2 pr-4">
                  {member.user.name}
                  {member.user.id === currentUserId ? (
                    <span className="ml-1 text-xs text-gray-500">({t("you")})</span>
                  ) : null}
                </td>
                <td className="py-2 pr-4">{member.user.email}</td>
                <td className="py-2 pr-4">
                  {canManage && isRole(member.role) ? (
                    <RoleSelect
                      key={member.role}
                      name={member.user.name}
                      role={member.role}
                      disabled={pending}
                      onRaise={(role) =>
                        run(() => changeMemberRoleAction({ workspaceSlug: slug, membershipId: member.id, role }))
                      }
                      onLower={(role) =>
                        confirmed(() => changeMemberRoleAction({ workspaceSlug: slug, membershipId: member.id, role }))
                      }
                    />
                  ) : (
                    tr(member.role)
                  )}
                </td>
                {canManage ? (
                  <td className="py-2 text-right">
                    {member.user.id !== currentUserId ? (
                      <ConfirmButton
                        label={t("remove")}
                        triggerAriaLabel={t("removeNamed", { name: member.user.name })}
                        question={t("confirmRemove", { name: member.user.name })}
                        confirmLabel={t("confirmRemoveYes")}
                        tone="danger"
                        appearance="link"
                        disabled={pending}
                        onConfirm={() =>
                          confirmed(() => removeMemberAction({ workspaceSlug: slug, membershipId: member.id }))
                        }
                      />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

const isRole = (role: string): role is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(role);
