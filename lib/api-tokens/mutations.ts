import { fieldErrorsFromZod } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb } from "@/lib/db/client";
import { AppError, forbiddenError, invalidInput, notFoundError } from "@/lib/errors";
import { issueApiToken } from "./issue-token";
import { mayCreateApiTokens, mayRevokeApiToken } from "./permissions";
import { createApiTokenInput, type ApiTokenScope, type CreateApiTokenInput } from "./schemas";

export const EXPIRY_NOT_AFTER_TODAY = "Choose an expiry date after today";
export const EDITORS_REVOKE_OWN = "Editors can only revoke API tokens they created";

export type CreatedApiToken = {
  id: string;
  /** Shown once, right after creation; only its SHA-256 is stored. */
  secret: string;
  prefix: string;
  name: string;
  scope: ApiTokenScope;
  expiresAt: Date | null;
};

function assertMayHoldTokens(ctx: WorkspaceContext) {
  if (!mayCreateApiTokens(ctx.role)) throw new AppError("FORBIDDEN", `This needs the editor role; you are ${ctx.role}`);
}

/**
 * The moment a token chosen to expire "on" a day stops working: the start of that day (UTC),
 * so the day shown in the list is the first day it no longer works.
 */
export const expiryMomentOf = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** Creates a token for the caller in their workspace and returns its secret (the only time it is ever shown). */
export async function createApiToken(ctx: WorkspaceContext, raw: CreateApiTokenInput, now: Date): Promise<CreatedApiToken> {
  assertMayHoldTokens(ctx);
  const parsed = createApiTokenInput.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields", fieldErrorsFromZod(parsed.error));
  const input = parsed.data;
  const today = now.toISOString().slice(0, 10);
  if (input.expiresOn !== null && input.expiresOn <= today) throw invalidInput("expiresOn", EXPIRY_NOT_AFTER_TODAY);
  const expiresAt = input.expiresOn === null ? null : expiryMomentOf(input.expiresOn);
  return getDb().$transaction(async (tx) => {
    const issued = await issueApiToken(tx, {
      workspaceId: ctx.workspace.id,
      createdById: ctx.user.id,
      name: input.name,
      scope: input.scope,
      expiresAt,
      now,
    });
    // The audit names the token by its shown prefix; the secret and its hash never leave this function.
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "api-token.create",
      entityType: "ApiToken",
      entityId: issued.id,
      after: { name: input.name, scope: input.scope, prefix: issued.prefix, expiresAt },
    });
    return { id: issued.id, secret: issued.secret, prefix: issued.prefix, name: input.name, scope: input.scope, expiresAt };
  });
}

/**
 * Revokes a token of the caller's workspace: owners any token, editors only their own.
 * Revoking a token that is already revoked changes nothing (and is not an error).
 */
export async function revokeApiToken(ctx: WorkspaceContext, input: { tokenId: string }, now: Date): Promise<void> {
  assertMayHoldTokens(ctx);
  return getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: input.tokenId, workspaceId: ctx.workspace.id },
      select: { id: true, name: true, scope: true, prefix: true, createdById: true, revokedAt: true },
    });
    if (!token) throw notFoundError();
    if (!mayRevokeApiToken({ role: ctx.role, userId: ctx.user.id }, token)) throw forbiddenError(EDITORS_REVOKE_OWN);
    if (token.revokedAt) return;
    // Conditional on revokedAt still being null, so of two revocations racing only one is recorded.
    const updated = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count === 0) return;
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "api-token.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      before: { name: token.name, scope: token.scope, prefix: token.prefix, revokedAt: null },
      after: { name: token.name, scope: token.scope, prefix: token.prefix, revokedAt: now },
    });
  });
}
