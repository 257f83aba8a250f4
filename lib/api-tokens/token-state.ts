import { hasRole, type Role } from "@/lib/auth/roles";

/**
 * Whether a token works, as the list shows it. Mirrors the API's token gate
 * (lib/auth/workspace-gate.ts, resolveTokenWorkspace): revoked first, then expired, then
 * a creator who is no longer an owner or editor of the workspace (which takes their
 * tokens down with them).
 */
export type ApiTokenState = "active" | "expired" | "revoked" | "creator-lost-access";

/** The lowest role whose tokens keep working; the gate applies the same rule. */
const TOKEN_HOLDER_ROLE: Role = "editor";

export function apiTokenState(
  token: { revokedAt: Date | null; expiresAt: Date | null },
  creatorRole: Role | null,
  now: Date,
): ApiTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!creatorRole || !hasRole(creatorRole, TOKEN_HOLDER_ROLE)) return "creator-lost-access";
  return "active";
}
