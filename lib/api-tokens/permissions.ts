import { hasRole, type Role } from "@/lib/auth/roles";

/** Owners and editors may create tokens (a token acts with its creator's role; viewers could only ever read). */
export const mayCreateApiTokens = (role: Role) => hasRole(role, "editor");

/** Owners may revoke every token of their workspace; editors only the ones they created. */
export function mayRevokeApiToken(actor: { role: Role; userId: string }, token: { createdById: string }): boolean {
  if (actor.role === "owner") return true;
  return mayCreateApiTokens(actor.role) && token.createdById === actor.userId;
}
