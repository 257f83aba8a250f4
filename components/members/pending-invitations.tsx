"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { revokeInvitationAction } from "@/lib/members/actions";

type Invitation = { id: string; email: string; role: string; expiresAt: Date };

export function PendingInvitations({ slug, invitations }: { slug: string; invitations: Invitation[] }) {
  const t = useTranslations("members");
  const tr = useTranslations("workspaces.roles");
  const locale = useLocale() as UiLocale;
  const router = useRouter();
  if (invitations.length === 0) return <p className="text-sm text-gray-600">{t("noPending")}</p>;
  return (
    <ul className="divide-y text-sm">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span className="break-all">
            {invitation.email} · {tr(invitation.role)} · {t("expires", { date: formatDate(new Date(invitation.expiresAt), locale) })}
          </span>
          <ConfirmButton
            label={t("revoke")}
            triggerAriaLabel={t("revokeNamed", { email: invitation.email })}
            question={t("confirmRevoke", { email: invitation.email })}
            confirmLabel={t("confirmRevokeYes")}
            tone="danger"
            appearance="link"
            onConfirm={async () => {
              const result = await revokeInvitationAction({ workspaceSlug: slug, invitationId: invitation.id });
              router.refresh();
              return result;
            }}
          />
        </li>
      ))}
    </ul>
  );
}
