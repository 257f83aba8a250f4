"use server";

import { z } from "zod";
import { userAction, workspaceAction } from "@/lib/actions/define-action";
import { acceptInvitation, inviteMember, revokeInvitation } from "./invitation-mutations";
import { changeMemberRole, leaveWorkspace, removeMember } from "./membership-mutations";
import { acceptInvitationInput, invitationInput, invitationRef, membershipRef, roleChangeInput } from "./schemas";

export const inviteMemberAction = workspaceAction(invitationInput, "owner", (ctx, input) => inviteMember(ctx, input));

export const revokeInvitationAction = workspaceAction(invitationRef, "owner", (ctx, input) =>
  revokeInvitation(ctx, input.invitationId),
);

export const changeMemberRoleAction = workspaceAction(roleChangeInput, "owner", (ctx, input) => changeMemberRole(ctx, input));

export const removeMemberAction = workspaceAction(membershipRef, "owner", (ctx, input) =>
  removeMember(ctx, input.membershipId),
);

export const leaveWorkspaceAction = workspaceAction(z.object({}), "viewer", (ctx) => leaveWorkspace(ctx));

export const acceptInvitationAction = userAction(acceptInvitationInput, (user, input) => acceptInvitation(user, input.token));
