import { afterEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "@/tests/support/session";
import { disconnectDb, getDb } from "@/lib/db/client";
import { createUser } from "@/prisma/factories";
import { createWorkspaceAction } from "@/lib/workspaces/actions";
import { checkHealth } from "./check-health";

const testDatabaseUrl = process.env.DATABASE_URL;

/** Points the one Prisma client at a port where nothing listens, for the duration of fn. */
async function withDatabaseDown<T>(fn: () => Promise<T>): Promise<T> {
  await disconnectDb();
  process.env.DATABASE_URL = "postgresql://x:y@127.0.0.1:9/none";
  try {
    return await fn();
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = testDatabaseUrl;
  }
}

afterEach(() => vi.restoreAllMocks());

describe("checkHealth", () => {
  it("reports ok when the database answers", async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ status: "ok", app: "ok", database: "ok" });
    expect(Date.parse(health.time)).not.toBeNaN();
  });

  it("reports the database unreachable, quickly and without details, when it is down", async () => {
    const started = Date.now();
    const health = await withDatabaseDown(() => checkHealth());
    expect(health).toEqual({ status: "degraded", app: "ok", database: "unreachable", time: expect.any(String) });
    expect(Date.now() - started).toBeLessThan(3500);
    // And recovers once the database is back.
    expect((await checkHealth()).database).toBe("ok");
  });
});

describe("an action while the database is down", () => {
  it("answers with a clear message, not a stack trace", async () => {
    const user = await createUser(getDb());
    signInAs(user);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await withDatabaseDown(() => createWorkspaceAction({ name: "Offline", slug: "offline-ws" }));
    expect(result).toEqual({
      ok: false,
      error: "INTERNAL",
      message: "The database is not reachable right now. Please try again in a moment.",
      fieldErrors: {},
    });
    expect(log).toHaveBeenCalled();
    expect(await getDb().workspace.count({ where: { slug: "offline-ws" } })).toBe(0);
  });
});
