import { getDb } from "@/lib/db/client";
import type { ApiTokenScope } from "./schemas";
import { apiTokenState, type ApiTokenState } from "./token-state";

export type ApiTokenListItem = {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  createdById: string;
  creatorName: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  state: ApiTokenState;
};

/** The workspace's tokens, newest first, with what each can do now. Never the secret or its hash. */
export async function listApiTokens(workspaceId: string, now = new Date()): Promise<ApiTokenListItem[]> {
  const rows = await getDb().apiToken.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { id: true, name: true, memberships: { where: { workspaceId }, select: { role: true } } } },
    },
  });
  return rows.map(({ createdBy, ...token }) => ({
    ...token,
    createdById: createdBy.id,
    creatorName: createdBy.name,
    state: apiTokenState(token, createdBy.memberships[0]?.role ?? null, now),
  }));
}
