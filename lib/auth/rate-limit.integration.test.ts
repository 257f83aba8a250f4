import { describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "@/lib/db/client";
import { createUser } from "@/prisma/factories";
import { authenticateWithPassword, SignInError } from "./authenticate";
import { checkLoginAllowed, LOGIN_LIMIT } from "./rate-limit";

const MINUTE = 60_000;
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;
const ghostEmail = () => `ghost-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;

/** The SignInError code of an attempt, or "OK". */
async function attempt(email: string, password: string, ip: string | null): Promise<string> {
  try {
    await authenticateWithPassword(email, password, ip);
    return "OK";
  } catch (error) {
    if (error instanceof SignInError) return error.code;
    throw error;
  }
}

function retryMinutes(code: string): number {
  const match = code.match(/^RATE_LIMITED:(\d+)$/);
  expect(match, code).not.toBeNull();
  return Number(match![1]);
}

async function insertFailures(key: string, count: number, createdAt: Date) {
  await getDb().loginAttempt.createMany({
    data: Array.from({ length: count }, () => ({ key, succeeded: false, createdAt })),
  });
}

describe("login rate limit", () => {
  it("after 10 failures for an e-mail, refuses even the right password and says for how long", async () => {
    expect(LOGIN_LIMIT).toEqual({ maxFailures: 10, windowMinutes: 15 });
    const user = await createUser(getDb());
    for (let i = 0; i < 10; i++) {
      // Spread over IPs, so only the e-mail counter can be what blocks.
      expect(await attempt(user.email, `wrong-password-${i}`, freshIp())).toBe("INVALID_CREDENTIALS");
    }
    const blocked = await attempt(user.email, user.password, freshIp());
    expect(retryMinutes(blocked)).toBeGreaterThanOrEqual(14);
    expect(retryMinutes(blocked)).toBeLessThanOrEqual(15);
    // The address is matched whatever its case or spacing.
    expect(await attempt(`  ${user.email.toUpperCase()} `, user.password, null)).toMatch(/^RATE_LIMITED:1[45]$/);
  });

  it("counts failures per IP across different e-mail addresses", async () => {
    const user = await createUser(getDb());
    const ip = freshIp();
    for (let i = 0; i < 10; i++)
      expect(await attempt(ghostEmail(), "wrong-password-1", ip)).toBe("INVALID_CREDENTIALS");
    expect(retryMinutes(await attempt(user.email, user.password, ip))).toBeGreaterThanOrEqual(14);
    // The same account from another address is fine: the user was not the target.
    expect(await attempt(user.email, user.password, freshIp())).toBe("OK");
  });

  it("holds for parallel guesses: a burst gets no more than 10 password checks", async () => {
    const user = await createUser(getDb());
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(user.email, `wrong-password-${i}`, null)),
    );
    expect(codes.filter((code) => code === "INVALID_CREDENTIALS")).toHaveLength(10);
    expect(codes.filter((code) => code.startsWith("RATE_LIMITED:"))).toHaveLength(20);
    expect(await attempt(user.email, user.password, null)).toMatch(/^RATE_LIMITED:/);
  });

  it("forgets failures older than 15 minutes", async () => {
    const user = await createUser(getDb());
    await insertFailures(`email:${user.email}`, 25, new Date(Date.now() - 16 * MINUTE));
    await insertFailures(`email:${user.email}`, 9, new Date(Date.now() - 14 * MINUTE));
    expect(await checkLoginAllowed(getDb(), user.email, null)).toEqual({ allowed: true });
    expect(await attempt(user.email, user.password, null)).toBe("OK");
  });

  it("lifts the block once the oldest counted failure leaves the window", async () => {
    const email = ghostEmail();
    const now = new Date();
    await insertFailures(`email:${email}`, 10, new Date(now.getTime() - 10 * MINUTE));
    expect(await checkLoginAllowed(getDb(), email, null, now)).toEqual({ allowed: false, retryAfterMinutes: 5 });
    expect(await checkLoginAllowed(getDb(), email, null, new Date(now.getTime() + 4 * MINUTE + 30_000))).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
    expect(await checkLoginAllowed(getDb(), email, null, new Date(now.getTime() + 5 * MINUTE + 1000))).toEqual({
      allowed: true,
    });
  });

  it("a successful sign-in clears the failures before it", async () => {
    const user = await createUser(getDb());
    for (let i = 0; i < 9; i++) expect(await attempt(user.email, "wrong-password-1", null)).toBe("INVALID_CREDENTIALS");
    expect(await attempt(user.email, user.password, null)).toBe("OK");
    for (let i = 0; i < 9; i++) expect(await attempt(user.email, "wrong-password-1", null)).toBe("INVALID_CREDENTIALS");
    expect(await checkLoginAllowed(getDb(), user.email, null)).toEqual({ allowed: true });
    expect(await attempt(user.email, "wrong-password-1", null)).toBe("INVALID_CREDENTIALS");
    expect(await attempt(user.email, user.password, null)).toMatch(/^RATE_LIMITED:/);
  });

  it("keeps the counts in Postgres, so a new client (another instance, a restart) sees them", async () => {
    const email = ghostEmail();
    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect(await attempt(email, "wrong-password-1", ip)).toBe("INVALID_CREDENTIALS");
    await disconnectDb();
    const fresh = getDb();
    expect(await fresh.loginAttempt.count({ where: { key: `email:${email}`, succeeded: false } })).toBe(10);
    expect(await checkLoginAllowed(fresh, email, null)).toMatchObject({ allowed: false });
    expect(await checkLoginAllowed(fresh, ghostEmail(), ip)).toMatchObject({ allowed: false });
  });
});
