import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { LeaveWorkspaceButton } from "@/components/members/leave-workspace-button";
import { MemberTable } from "@/components/members/member-table";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { listMembers, listPendingInvitations } from "@/lib/members/queries";

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, role, user } = await requireWorkspacePage((await params).slug);
  const isOwner = role === "owner";
  const [members, invitations, t] = await Promise.all([
    listMembers(workspace.id),
    isOwner ? listPendingInvitations(workspace.id) : Promise.resolve([]),
    getTranslations("members"),
  ]);
  return (
    <div className="space-y-6">
      <Card title={t("title")} actions={<LeaveWorkspaceButton slug={workspace.slug} />}>
        <MemberTable slug={workspace.slug} members={members} canManage={isOwner} currentUserId={user.id} />
      </Card>
      {isOwner ? (
        <>
          <Card title={t("inviteTitle")}>
            <InviteMemberForm slug={workspace.slug} />
          </Card>
          <Card title={t("pendingTitle")}>
            <PendingInvitations slug={workspace.slug} invitations={invitations} />
          </Card>
        </>
      ) : null}
    </div>
  );
}
