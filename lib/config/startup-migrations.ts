import { applyMigrations } from "@/lib/db/migrate";

/**
 * Replicas started together all run `prisma migrate deploy`; Prisma serialises them with
 * an advisory lock but gives up waiting for it after 10 s (P1002), which a slow first
 * migration easily exceeds. That error is retried (the others then find nothing to do);
 * every other failure is thrown at once.
 */
export function applyMigrationsPatiently(apply: () => void, options: { attempts: number; onRetry?: (attempt: number) => void }) {
  for (let attempt = 1; ; attempt++) {
    try {
      apply();
      return;
    } catch (error) {
      if (attempt >= options.attempts || !isMigrationLockTimeout(error)) throw error;
      options.onRetry?.(attempt);
    }
  }
}

export function isMigrationLockTimeout(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /\bP1002\b/.test(message) && /advisory lock/i.test(message);
}

/** What `npm start` and the worker run first: the migrations, waiting on other replicas' lock up to 6 times. */
export function applyStartupMigrations(databaseUrl: string, onRetry: () => void) {
  applyMigrationsPatiently(() => applyMigrations(databaseUrl), { attempts: 6, onRetry });
}
