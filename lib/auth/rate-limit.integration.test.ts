import { describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "@/lib/db/client";
import { createUser } from "@/prisma/factories";
import { authenticateWithPassword, SignInError } from "./authenticate";
import { LOGIN_LIMIT, signInKeys } from "./rate-limit";

const MINUTE = 60_000;
// The clock is injected: nothing here depends on today's date or on how fast the machine is.
const T0 = new Date("2031-03-10T08:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;
let ghostCounter = 0;
const ghostEmail = () => `ghost-${++ghostCounter}-${Math.random().toString(36).slice(2, 8)}@example.test`;

/** The SignInError code of an attempt, or "OK"; anything else (a 5xx in the app) fails the test. */
async function attempt(email: string, password: string, ip: string | null, now = T0): Promise<string> {
  try {
    await authenticateWithPassword(email, password, ip, now);
    return "OK";
  } catch (error) {
    if (error instanceof SignInError) return error.code;
    throw error;
  }
}

async function hitsOf(key: string): Promise<number> {
  const row = await getDb().authThrottle.findUnique({ where: { key }, select: { hits: true } });
  return row?.hits.length ?? 0;
}

describe("sign-in rate limit", () => {
  it("after 10 failures for an e-mail, refuses even the right password and says for how long", async () => {
    expect(LOGIN_LIMIT).toEqual({ limit: 10, windowMinutes: 15 });
    const user = await createUser(getDb());
    for (let i = 0; i < 10; i++) {
      // Spread over IPs, so only the e-mail counter can be what blocks.
      expect(await attempt(user.email, `wrong-password-${i}`, freshIp(), at(i / 10))).toBe("INVALID_CREDENTIALS");
    }
    expect(await attempt(user.email, user.password, freshIp(), at(1))).toBe("RATE_LIMITED:14");
    // The address is matched whatever its case or spacing.
    expect(await attempt(`  ${user.email.toUpperCase()} `, user.password, null, at(5))).toBe("RATE_LIMITED:10");
  });

  it("counts failures per IP across different e-mail addresses", async () => {
    const user = await createUser(getDb());
    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect(await attempt(ghostEmail(), "wrong-password-1", ip)).toBe("INVALID_CREDENTIALS");
    expect(await attempt(user.email, user.password, ip)).toBe("RATE_LIMITED:15");
    // The same account from another address is fine: the user was not the target.
    expect(await attempt(user.email, user.password, freshIp())).toBe("OK");
  });

  it("holds under 50 parallel attempts: exactly 10 password checks, every answer a sign-in result", async () => {
    const user = await createUser(getDb());
    const codes = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(user.email, `wrong-password-${i}`, null)));
    expect(codes.filter((code) => code === "INVALID_CREDENTIALS")).toHaveLength(10);
    expect(codes.filter((code) => code.startsWith("RATE_LIMITED:"))).toHaveLength(40);
    expect(await attempt(user.email, user.password, null)).toMatch(/^RATE_LIMITED:/);
    expect(await hitsOf(signInKeys(user.email, null).email)).toBe(10);
  });

  it("slides: each failure stops counting 15 minutes after it happened", async () => {
    const email = ghostEmail();
    for (let i = 0; i < 10; i++) expect(await attempt(email, "wrong-password-1", null, at(i))).toBe("INVALID_CREDENTIALS");
    // At minute 10 the oldest failure (minute 0) frees its slot at minute 15.
    expect(await attempt(email, "wrong-password-1", null, at(10))).toBe("RATE_LIMITED:5");
    expect(await attempt(email, "wrong-password-1", null, at(14.5))).toBe("RATE_LIMITED:1");
    // Refused attempts did not count, so one slot is free after minute 15 — and then taken.
    expect(await attempt(email, "wrong-password-1", null, at(15.01))).toBe("INVALID_CREDENTIALS");
    expect(await attempt(email, "wrong-password-1", null, at(15.5))).toBe("RATE_LIMITED:1");
    expect(await attempt(email, "wrong-password-1", null, at(40))).toBe("INVALID_CREDENTIALS");
  });

  it("a success clears its own e-mail's failures", async () => {
    const user = await createUser(getDb());
    for (let i = 0; i < 9; i++) expect(await attempt(user.email, "wrong-password-1", freshIp())).toBe("INVALID_CREDENTIALS");
    expect(await attempt(user.email, user.password, freshIp())).toBe("OK");
    for (let i = 0; i < 10; i++) expect(await attempt(user.email, "wrong-password-1", freshIp())).toBe("INVALID_CREDENTIALS");
    expect(await attempt(user.email, user.password, freshIp())).toMatch(/^RATE_LIMITED:/);
  });

  it("a success on one's own account does not reset the IP's count (27 guesses from one IP are stopped at 10)", async () => {
    const own = await createUser(getDb());
    const ip = freshIp();
    const codes: string[] = [];
    for (let i = 0; i < 27; i++) {
      codes.push(await attempt(ghostEmail(), "wrong-password-1", ip));
      // The attacker signs in to their own account between guesses.
      if (i % 3 === 2) expect(await attempt(own.email, own.password, ip)).toMatch(/^(OK|RATE_LIMITED:\d+)$/);
    }
    expect(codes.filter((code) => code === "INVALID_CREDENTIALS")).toHaveLength(10);
    expect(codes.slice(10).every((code) => code.startsWith("RATE_LIMITED:"))).toBe(true);
  });

  it("an attempt refused for its IP does not use up the victim's e-mail allowance", async () => {
    const victim = await createUser(getDb());
    const ip = freshIp();
    for (let i = 0; i < 10; i++) await attempt(ghostEmail(), "wrong-password-1", ip);
    for (let i = 0; i < 5; i++) expect(await attempt(victim.email, "wrong-password-1", ip)).toMatch(/^RATE_LIMITED:/);
    expect(await hitsOf(signInKeys(victim.email, null).email)).toBe(0);
    expect(await attempt(victim.email, victim.password, freshIp())).toBe("OK");
  });

  it("keeps the counts in Postgres, so a new client (another instance, a restart) sees them", async () => {
    const email = ghostEmail();
    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect(await attempt(email, "wrong-password-1", ip)).toBe("INVALID_CREDENTIALS");
    await disconnectDb();
    expect(await hitsOf(signInKeys(email, ip).email)).toBe(10);
    expect(await attempt(email, "wrong-password-1", freshIp())).toMatch(/^RATE_LIMITED:/);
    expect(await attempt(ghostEmail(), "wrong-password-1", ip)).toMatch(/^RATE_LIMITED:/);
  });
});
