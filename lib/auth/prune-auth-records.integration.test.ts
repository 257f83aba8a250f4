import { expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/prisma/factories";
import { openAuthSession } from "./auth-sessions";
import { pruneAuthRecords } from "./prune-auth-records";
import { consumeThrottle } from "./throttle";

it("removes stale throttles, old sessions and expired links, and keeps what still counts", async () => {
  const now = new Date("2032-01-20T06:00:00.000Z");
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const user = await createUser(getDb());
  const rule = { limit: 10, windowMinutes: 15 };
  await consumeThrottle(getDb(), "prune-test:stale", rule, hoursAgo(25));
  await consumeThrottle(getDb(), "prune-test:fresh", rule, hoursAgo(2));
  const old = await openAuthSession(getDb(), user.id, hoursAgo(24 * 9));
  const current = await openAuthSession(getDb(), user.id, hoursAgo(1));
  await getDb().passwordResetToken.create({ data: { userId: user.id, tokenHash: "prune-old", expiresAt: hoursAgo(30) } });
  await getDb().passwordResetToken.create({ data: { userId: user.id, tokenHash: "prune-live", expiresAt: hoursAgo(-1) } });

  await pruneAuthRecords(getDb(), now);

  expect((await getDb().authThrottle.findMany({ where: { key: { startsWith: "prune-test:" } }, select: { key: true } })).map((r) => r.key)).toEqual(["prune-test:fresh"]);
  expect(await getDb().authSession.findUnique({ where: { id: old.id } })).toBeNull();
  expect(await getDb().authSession.findUnique({ where: { id: current.id } })).not.toBeNull();
  expect(await getDb().passwordResetToken.count({ where: { userId: user.id } })).toBe(1);
});
