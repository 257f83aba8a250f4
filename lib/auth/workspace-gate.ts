import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors";
import { findUnstorableCharacter } from "@/lib/shared/storable-text";
import { hasRole, type Role } from "./roles";
import { getSessionUser, type SessionUser } from "./session";

export type WorkspaceSummary = { id: string; name: string; slug: string; currency: string; locale: string };
/** The API token a request came with (absent for the UI): its writes are audited as it. */
export type ApiTokenRef = { id: string; name: string; scope: "read" | "write" };
export type WorkspaceContext = { user: SessionUser; workspace: WorkspaceSummary; role: Role; apiToken?: ApiTokenRef };

/**
 * The one place that decides whether a user may reach a workspace. Everything
 * workspace-scoped is reached through this gate (pages, server actions, route handlers).
 * Not a member → null (callers answer 404, so a workspace's existence does not leak).
 */
export async function resolveWorkspace(user: SessionUser, slug: string): Promise<WorkspaceContext | null> {
  // A slug from the URL may hold anything (%00, lone surrogates): such a slug names no
  // workspace, and Postgres must never see it.
  if (typeof slug !== "string" || slug.length === 0 || slug.length > 64 || findUnstorableCharacter(slug) >= 0) return null;
  const membership = await getDb().membership.findFirst({
    where: { userId: user.id, workspace: { slug } },
    select: {
      role: true,
      workspace: { select: { id: true, name: true, slug: true, currency: true, locale: true } },
    },
  });
  return membership ? { user, workspace: membership.workspace, role: membership.role } : null;
}

/** For lib code called from actions: throws NOT_FOUND or FORBIDDEN as typed errors. */
export async function gateWorkspace(slug: string, minRole: Role): Promise<WorkspaceContext> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in again");
  const ctx = await resolveWorkspace(user, slug);
  if (!ctx) throw notFoundError();
  if (!hasRole(ctx.role, minRole)) throw new AppError("FORBIDDEN", `This needs the ${minRole} role; you are ${ctx.role}`);
  return ctx;
}

/**
 * The session user and their membership of `slug`, looked up once per request: the layout
 * and the page of one render both ask, React's request cache answers the second time.
 */
const resolvePageWorkspace = cache(async (slug: string) => {
  const user = await getSessionUser();
  return { user, ctx: user ? await resolveWorkspace(user, slug) : null };
});

/** For pages and layouts: sign-in redirect for guests, 404 for outsiders and too-low roles. */
export async function requireWorkspacePage(slug: string, minRole: Role = "viewer"): Promise<WorkspaceContext> {
  const { user, ctx } = await resolvePageWorkspace(slug);
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/w/${slug}`)}`);
  if (!ctx || !hasRole(ctx.role, minRole)) notFound();
  return ctx;
}

export async function requireUserPage(callbackUrl = "/workspaces"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

/** Why a bearer token was refused: each a 401 (the token itself is not good), never a hint about workspaces. */
export type TokenRefusal = "missing" | "unknown" | "revoked" | "expired" | "creator_lost_access";
export type TokenGateResult = { ok: true; ctx: WorkspaceContext } | { ok: false; status: 401; reason: TokenRefusal } | { ok: false; status: 404 };

/** Only owners and editors may hold tokens; a creator demoted below that (or removed) takes their tokens down. */
const TOKEN_HOLDER_ROLE: Role = "editor";
// lastUsedAt is written at most once a minute per token, not on every request.
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The same gate for API tokens: a token belongs to one workspace and acts with at most its
 * creator's current role there (read scope: viewer). A token for another workspace than
 * `slug` gets 404, whether or not that workspace exists.
 */
export async function resolveTokenWorkspace(secret: string | null, slug: string, now = new Date()): Promise<TokenGateResult> {
  if (!secret) return { ok: false, status: 401, reason: "missing" };
  if (secret.length > 200 || findUnstorableCharacter(secret) >= 0) return { ok: false, status: 401, reason: "unknown" };
  const db = getDb();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      name: true,
      scope: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      workspace: { select: { id: true, name: true, slug: true, currency: true, locale: true } },
      createdBy: { select: { id: true, email: true, name: true, locale: true } },
    },
  });
  if (!token) return { ok: false, status: 401, reason: "unknown" };
  if (token.revokedAt) return { ok: false, status: 401, reason: "revoked" };
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return { ok: false, status: 401, reason: "expired" };
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: token.workspace.id, userId: token.createdBy.id } },
    select: { role: true },
  });
  if (!membership || !hasRole(membership.role, TOKEN_HOLDER_ROLE)) return { ok: false, status: 401, reason: "creator_lost_access" };
  if (token.workspace.slug !== slug) return { ok: false, status: 404 };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  const role: Role = token.scope === "read" ? "viewer" : membership.role;
  return {
    ok: true,
    ctx: { user: token.createdBy, workspace: token.workspace, role, apiToken: { id: token.id, name: token.name, scope: token.scope } },
  };
}
