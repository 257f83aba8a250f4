import { createHash } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApiReply } from "./operation";
import { ApiProblem } from "./problem";

// Idempotency-Key on POST: the first request with a key runs and its answer is kept; a
// retry with the same key and body gets that answer again (Idempotency-Replayed: true)
// without writing twice; the same key with another body is refused (422). A failed request
// writes nothing (every write is one transaction), so its key is released for a retry.

const KEY = /^[\x21-\x7e]{1,255}$/;
/** Keys are kept for a day: long enough for any client's retries. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export type Fingerprint = { method: string; path: string; body: unknown };

const hashOf = (fingerprint: Fingerprint) =>
  createHash("sha256").update(JSON.stringify([fingerprint.method, fingerprint.path, fingerprint.body ?? null])).digest("hex");

export function checkIdempotencyKey(key: string): void {
  if (!KEY.test(key)) {
    const message = "Idempotency-Key must be 1 to 255 visible ASCII characters";
    throw new ApiProblem("invalid-input", message, { errors: [{ path: "Idempotency-Key", message }] });
  }
}

type Replay = { replay: ApiReply } | { run: true };

async function claim(tokenId: string, key: string, fingerprint: Fingerprint, now: Date): Promise<Replay> {
  const db = getDb();
  const requestHash = hashOf(fingerprint);
  const claimed = await db.apiIdempotencyKey.createMany({
    data: [{ tokenId, key, method: fingerprint.method, path: fingerprint.path, requestHash, createdAt: now }],
    skipDuplicates: true,
  });
  if (claimed.count === 1) return { run: true };
  const row = await db.apiIdempotencyKey.findUnique({ where: { tokenId_key: { tokenId, key } } });
  if (!row) return claim(tokenId, key, fingerprint, now); // released meanwhile
  if (row.requestHash !== requestHash) {
    throw new ApiProblem("idempotency-key-reused", "This Idempotency-Key was used for a different request; use a new key for a new request");
  }
  if (row.status === null) throw new ApiProblem("conflict", "A request with this Idempotency-Key is still being processed; retry in a moment");
  return {
    replay: {
      status: row.status,
      body: row.responseBody ?? undefined,
      headers: { ...((row.responseHeaders ?? {}) as Record<string, string>), "Idempotency-Replayed": "true" },
    },
  };
}

/** Runs `work` once per (token, key): a retry gets the stored answer. */
export async function withIdempotencyKey(
  tokenId: string,
  key: string | null,
  fingerprint: Fingerprint,
  now: Date,
  work: () => Promise<ApiReply>,
): Promise<ApiReply> {
  if (key === null) return work();
  checkIdempotencyKey(key);
  const claimed = await claim(tokenId, key, fingerprint, now);
  if ("replay" in claimed) return claimed.replay;
  let reply: ApiReply;
  try {
    reply = await work();
  } catch (error) {
    await getDb().apiIdempotencyKey.deleteMany({ where: { tokenId, key } });
    throw error;
  }
  await getDb().apiIdempotencyKey.update({
    where: { tokenId_key: { tokenId, key } },
    data: {
      status: reply.status ?? 200,
      responseBody: reply.body === undefined ? Prisma.DbNull : (reply.body as Prisma.InputJsonValue),
      responseHeaders: (reply.headers ?? {}) as Prisma.InputJsonValue,
    },
  });
  return reply;
}

/** Forgets keys older than a day (the daily job). */
export async function pruneIdempotencyKeys(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000);
  return (await getDb().apiIdempotencyKey.deleteMany({ where: { createdAt: { lt: before } } })).count;
}
