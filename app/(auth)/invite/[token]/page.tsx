import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitation } from "@/components/members/accept-invitation";
import { getSessionUser } from "@/lib/auth/session";
import { describeInvitation } from "@/lib/members/invitation-mutations";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const tRoles = await getTranslations("workspaces.roles");
  const invitation = await describeInvitation(token);
  if (invitation.state !== "valid") {
    return (
      <div className="space-y-3">
        <h1 className="text-lg font-semibold">{t("unavailableTitle")}</h1>
        <p className="text-sm text-gray-700">{t(`state.${invitation.state}`)}</p>
      </div>
    );
  }
  const user = await getSessionUser();
  const here = `/invite/${token}`;
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">{t("title", { workspace: invitation.workspaceName ?? "" })}</h1>
      <p className="text-sm text-gray-700">{t("body", { email: invitation.email ?? "", role: invitation.role ? tRoles(invitation.role) : "" })}</p>
      {user ? (
        <AcceptInvitation token={token} />
      ) : (
        <div className="flex flex-col gap-2 text-sm">
          <Link className="text-blue-700 underline" href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
            {t("signInToAccept")}
          </Link>
          <Link className="text-blue-700 underline" href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>
            {t("signUpToAccept")}
          </Link>
        </div>
      )}
    </div>
  );
}
