import type { Role } from "@/lib/auth/roles";

export type LandingMembership = { slug: string; role: Role };

/** A workspace's month view of one month ("YYYY-MM"); which month to open: lib/dashboard/month-opening.ts. */
export const monthViewPath = (slug: string, period: string) => `/w/${encodeURIComponent(slug)}/month/${period}`;

/**
 * Whose month view a signed-in user lands on (issue 5: the month view is the default for
 * viewers and for owners of a single workspace):
 *  - exactly one membership, whatever the role → that workspace;
 *  - several, but owner or editor of exactly one (viewer of the others) → the one they
 *    work in: they are the owner of a single workspace;
 *  - otherwise (none; consultants working in several; viewers of several, who have a
 *    choice to make) → null: the workspace overview.
 * Pure, so the rule is tested without a session; the month it opens is the one that needs
 * action (openingMonthPath).
 */
export function landingWorkspaceFor(memberships: LandingMembership[]): string | null {
  if (memberships.length === 1) return memberships[0].slug;
  const working = memberships.filter((m) => m.role !== "viewer");
  if (working.length === 1) return working[0].slug;
  return null;
}

export const WORKSPACE_OVERVIEW_PATH = "/workspaces";
