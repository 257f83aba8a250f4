import { describe, expect, it } from "vitest";
import { applyMigrationsPatiently, isMigrationLockTimeout } from "./startup-migrations";

const lockTimeout = new Error("Migrations failed:\nError: P1002\nContext: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369)).");
const unreachable = new Error("Migrations failed:\nError: Can't reach database server at `db:5432`");

/** An apply step that fails with the given errors first, then succeeds. */
function failingFirst(...errors: Error[]) {
  let calls = 0;
  return {
    apply: () => {
      const error = errors[calls++];
      if (error) throw error;
    },
    calls: () => calls,
  };
}

describe("applyMigrationsPatiently", () => {
  it("retries while another replica holds the migration lock", () => {
    const step = failingFirst(lockTimeout, lockTimeout);
    const retries: number[] = [];
    applyMigrationsPatiently(step.apply, { attempts: 5, onRetry: (n) => retries.push(n) });
    expect(step.calls()).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it("gives up after the last attempt with the lock error", () => {
    const step = failingFirst(lockTimeout, lockTimeout, lockTimeout);
    expect(() => applyMigrationsPatiently(step.apply, { attempts: 3 })).toThrow(lockTimeout);
    expect(step.calls()).toBe(3);
  });

  it("throws any other failure at once", () => {
    const step = failingFirst(unreachable);
    expect(() => applyMigrationsPatiently(step.apply, { attempts: 5 })).toThrow(unreachable);
    expect(step.calls()).toBe(1);
  });
});

describe("isMigrationLockTimeout", () => {
  it("recognises only Prisma's advisory-lock timeout", () => {
    expect(isMigrationLockTimeout(lockTimeout)).toBe(true);
    expect(isMigrationLockTimeout(unreachable)).toBe(false);
    expect(isMigrationLockTimeout(new Error("P1002 The database server was reached but timed out."))).toBe(false);
  });
});
