/**
 * The workspaces a user opened last, kept in the browser (localStorage) per user. What
 * is stored is only ever shown filtered through the user's own workspace list, which the
 * server sends: a stale or tampered entry names nothing.
 */

export const MAX_RECENT_WORKSPACES = 5;

export function recentWorkspacesStorageKey(userId: string): string {
  return `realised:recent-workspaces:${userId}`;
}

/** The stored slugs, most recent first; anything unexpected reads as "none". */
export function parseRecentSlugs(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    const slugs = value.filter(
      (slug): slug is string => typeof slug === "string" && slug.length > 0 && slug.length <= 64,
    );
    return [...new Set(slugs)].slice(0, MAX_RECENT_WORKSPACES);
  } catch {
    return [];
  }
}

/** The list after opening `slug`: it moves to the front, the oldest falls off. */
export function withVisit(recent: readonly string[], slug: string, max = MAX_RECENT_WORKSPACES): string[] {
  return [slug, ...recent.filter((other) => other !== slug)].slice(0, max);
}

/** The user's own workspaces that are in `recent`, in recent order. */
export function recentWorkspaces<W extends { slug: string }>(recent: readonly string[], own: readonly W[]): W[] {
  const bySlug = new Map(own.map((workspace) => [workspace.slug, workspace]));
  return recent.flatMap((slug) => {
    const workspace = bySlug.get(slug);
    return workspace ? [workspace] : [];
  });
}
