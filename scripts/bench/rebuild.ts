// Rebuilds the stored roll-up figures of the seeded workspaces from their raw rows with the
// app's own rebuildWorkspaceFigures (lib/portfolio/rebuild), as after a bulk import.

export type RebuildGroup = { label: string; workspaceIds: string[] };

/**
 * Rebuilds every workspace of every group, `concurrency` workspaces at a time (largest
 * group first, so the longest single rebuild starts at once); the detail gives each
 * group's seconds from its first start to its last end. Its sessions run with
 * synchronous_commit=off.
 */
export async function rebuildAll(
  databaseUrl: string,
  groups: RebuildGroup[],
  options: { today: Date; concurrency: number },
) {
  // Setup, not a measured page: like the seed, its sessions need not wait for each commit's
  // WAL flush on the throw-away cluster (the app's server keeps the default).
  const url = new URL(databaseUrl);
  url.searchParams.set("options", "-c synchronous_commit=off");
  process.env.DATABASE_URL = url.toString();
  const { rebuildWorkspaceFigures } = await import("@/lib/portfolio/rebuild");
  const { disconnectDb } = await import("@/lib/db/client");
  const queue = groups.flatMap((group) => group.workspaceIds.map((id) => ({ group, id })));
  const spans = new Map<RebuildGroup, { first: number; last: number }>();
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const span = spans.get(job.group) ?? { first: Date.now(), last: 0 };
      spans.set(job.group, span);
      await rebuildWorkspaceFigures(job.id, { today: options.today });
      span.last = Date.now();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  } finally {
    await disconnectDb();
  }
  const detail = groups
    .map((g) => `${g.label} ${(((spans.get(g)?.last ?? 0) - (spans.get(g)?.first ?? 0)) / 1000).toFixed(1)} s`)
    .join(", ");
  return { workspaces: groups.reduce((n, g) => n + g.workspaceIds.length, 0), detail };
}
