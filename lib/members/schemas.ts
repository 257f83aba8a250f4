import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const INVITATION_DAYS = 7;

const role = z.enum(ROLES, { message: "Choose owner, editor or viewer" });

export const invitationInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid e-mail address").max(254),
  role,
});
export const invitationRef = z.object({ invitationId: z.string().min(1).max(64) });
export const roleChangeInput = z.object({ membershipId: z.string().min(1).max(64), role });
export const membershipRef = z.object({ membershipId: z.string().min(1).max(64) });
export const acceptInvitationInput = z.object({ token: z.string().min(20).max(200) });
