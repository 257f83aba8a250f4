import type { Role } from "@/lib/auth/roles";
import { currentPeriod } from "@/lib/investments/months";

export type LandingMembership = { slug: string; role: Role };

export const monthViewPath = (slug: string, today: Date = new Date()) => `/w/${encodeURIComponent(slug)}/month/${currentPeriod(today)}`;

/**
 * Where a signed-in user lands (issue 5: the month view is the default for viewers and
 * for owners of a single workspace):
 *  - exactly one membership, whatever the role → that workspace's month view;
 *  - several, but owner or editor of exactly one (viewer of the others) → the month view
 *    of the one they work in: they are the owner of a single workspace;
 *  - otherwise (none; consultants working in several; viewers of several, who have a
 *    choice to make) → the workspace overview.
 * Pure, so the rule is tested without a session.
 */
export function landingPathFor({ memberships, today = new Date() }: { memberships: LandingMembership[]; today?: Date }): string {
  if (memberships.length === 1) return monthViewPath(memberships[0].slug, today);
  const working = memberships.filter((m) => m.role !== "viewer");
  if (working.length === 1) return monthViewPath(working[0].slug, today);
  return "/workspaces";
}
