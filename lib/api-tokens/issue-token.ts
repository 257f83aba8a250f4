import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/auth/tokens";
import type { Db, Tx } from "@/lib/db/client";

/** Tokens start with "rlsd_" so secret scanners (and people) recognise them. */
export const TOKEN_PREFIX = "rlsd_";
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;

export type IssuedToken = { id: string; secret: string; prefix: string };

/**
 * Creates a token row and returns its secret, which is never stored (only its SHA-256).
 * Callers check who may issue it (lib/api-tokens/mutations.ts).
 */
export async function issueApiToken(
  db: Db | Tx,
  input: { workspaceId: string; createdById: string; name: string; scope: "read" | "write"; expiresAt: Date | null; now?: Date },
): Promise<IssuedToken> {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const prefix = secret.slice(0, SHOWN_PREFIX_LENGTH);
  const row = await db.apiToken.create({
    data: {
      workspaceId: input.workspaceId,
      createdById: input.createdById,
      name: input.name,
      scope: input.scope,
      tokenHash: hashToken(secret),
      prefix,
      expiresAt: input.expiresAt,
      ...(input.now ? { createdAt: input.now } : {}),
    },
    select: { id: true },
  });
  return { id: row.id, secret, prefix };
}
