// Each integration test file gets its own database, cloned from the migrated one that
// scripts/with-db.ts prepared, and dropped afterwards.
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { buildDatabaseUrl, createDatabaseIfMissing, dropDatabase, splitDatabaseUrl } from "@/lib/db/database-admin";

const templateUrl = process.env.DATABASE_URL;
if (!templateUrl) throw new Error("Integration tests run through `npm run test:integration` (it sets DATABASE_URL)");
const { serverUrl, database: template, search } = splitDatabaseUrl(templateUrl);
if (!/^(127\.0\.0\.1|localhost|\[::1\])$/.test(new URL(serverUrl).hostname)) {
  throw new Error("Refusing to run integration tests against a database that is not on localhost");
}
const name = `${template}_${randomBytes(4).toString("hex")}`;
await createDatabaseIfMissing(serverUrl, name, template);
process.env.DATABASE_URL = buildDatabaseUrl(serverUrl, name, search);

afterAll(async () => {
  // A pg-boss a test left running would lose its connections mid-query to the drop below.
  const { stopBoss } = await import("@/lib/jobs/boss");
  await stopBoss({ timeout: 120_000 });
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
  await dropDatabase(serverUrl, name);
});
