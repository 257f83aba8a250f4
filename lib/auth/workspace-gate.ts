import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors";
import { findUnstorableCharacter } from "@/lib/shared/storable-text";
import { hasRole, type Role } from "./roles";
import { getSessionUser, type SessionUser } from "./session";

export type WorkspaceSummary = { id: string; name: string; slug: string; currency: string; locale: string };
export type WorkspaceContext = { user: SessionUser; workspace: WorkspaceSummary; role: Role };

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
