import PgBoss from "pg-boss";

/** pg-boss keeps its tables in their own schema, apart from Prisma's migrations. */
export const BOSS_SCHEMA = "pgboss";

const globalForBoss = globalThis as unknown as { realisedBoss?: Promise<PgBoss> };

type BossOptions = { connectionString?: string; pollingIntervalSeconds?: number };

/**
 * The one started PgBoss instance of this process (on DATABASE_URL). Starting creates
 * or migrates its schema; several processes may start it at once against one database.
 */
export function startBoss(options: BossOptions = {}): Promise<PgBoss> {
  globalForBoss.realisedBoss ??= (async () => {
    const connectionString = options.connectionString ?? process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString, schema: BOSS_SCHEMA, application_name: "realised-jobs", max: 4 });
    boss.on("error", (error) => console.error("[jobs] pg-boss error:", error.message));
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    globalForBoss.realisedBoss = undefined;
    throw error;
  });
  return globalForBoss.realisedBoss;
}

/** Stops the workers (letting running jobs finish for up to `timeout` ms) and closes the pool. */
export async function stopBoss(options: { timeout?: number } = {}) {
  const started = globalForBoss.realisedBoss;
  globalForBoss.realisedBoss = undefined;
  if (!started) return;
  const boss = await started.catch(() => null);
  if (!boss) return;
  // wait (the default) resolves once running jobs finished or the timeout passed.
  await boss.stop({ graceful: true, timeout: options.timeout ?? 10_000 });
}
