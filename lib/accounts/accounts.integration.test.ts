import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { openAuthSession } from "@/lib/auth/auth-sessions";
import { authenticateWithPassword, SignInError } from "@/lib/auth/authenticate";
import { hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/prisma/factories";
import { extractLink, startSmtpSink } from "@/tests/support/smtp-sink";
import { confirmSignUpAction, requestPasswordResetAction, resetPasswordAction, setLocaleAction, signUpAction } from "./actions";
import { requestPasswordReset } from "./mutations";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const savedSmtpUrl = process.env.SMTP_URL;
beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});
afterAll(async () => {
  if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtpUrl;
  await sink.close();
});

const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;

async function signInError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInError);
  return (error as SignInError).code;
}

async function confirmLinkToken(email: string): Promise<string> {
  const mails = sink.mailsTo(email);
  const link = extractLink(mails[mails.length - 1].text);
  const match = link.match(/\/sign-up\/confirm\/([A-Za-z0-9_-]+)$/);
  expect(match, link).not.toBeNull();
  return match![1];
}

describe("sign-up", () => {
  it("mails a confirmation link; the account exists once it is confirmed, with a lower-cased e-mail and a hashed password, audited", async () => {
    signInAs(null);
    const email = uniqueEmail("Sign-Up").replace("example.test", "Example.TEST");
    const result = await signUpAction({ name: "  Anne de Boer ", email: `  ${email} `, password: "tulpen-bollen-2026" });
    expect(result).toEqual({ ok: true, data: { email: email.toLowerCase() } });
    expect(await getDb().user.count({ where: { email: email.toLowerCase() } })).toBe(0);
    expect(sink.mailsTo(email.toLowerCase())[0].subject).toBe("Confirm your Realised account");

    const token = await confirmLinkToken(email.toLowerCase());
    expect(await confirmSignUpAction({ token })).toEqual({ ok: true, data: { email: email.toLowerCase(), callbackUrl: "/workspaces" } });
    const user = await getDb().user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      select: { id: true, name: true, passwordHash: true, sessionVersion: true },
    });
    expect(user.name).toBe("Anne de Boer");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(user.passwordHash).not.toContain("tulpen");
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "user.sign-up", entityId: user.id } });
    expect(audit.after).not.toHaveProperty("passwordHash");
    // The new account can sign in with either spelling of the address.
    expect((await authenticateWithPassword(email.toUpperCase(), "tulpen-bollen-2026", null)).id).toBe(user.id);
    // The link works once.
    expect(await confirmSignUpAction({ token })).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { token: expect.any(Array) } });
  });

  it("keeps a same-site callbackUrl (an invitation) for after the confirmation, and drops another site's", async () => {
    const email = uniqueEmail("invitee");
    await signUpAction({ name: "Invitee", email, password: "tulpen-bollen-2026", callbackUrl: "/invite/abc" });
    expect(await confirmSignUpAction({ token: await confirmLinkToken(email) })).toMatchObject({ ok: true, data: { callbackUrl: "/invite/abc" } });
    const other = uniqueEmail("phished");
    await signUpAction({ name: "Phished", email: other, password: "tulpen-bollen-2026", callbackUrl: "//evil.example" });
    expect(await confirmSignUpAction({ token: await confirmLinkToken(other) })).toMatchObject({ ok: true, data: { callbackUrl: "/workspaces" } });
  });

  it.each([
    ["short1", "Password must be at least 10 characters"],
    ["onlyletters-here", "Password must contain a letter and a digit"],
    ["1234567890123", "Password must contain a letter and a digit"],
  ])("rejects the password %j on the password field", async (password, message) => {
    const email = uniqueEmail("weak");
    const result = await signUpAction({ name: "Weak", email, password });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { password: [message] } });
    expect(await getDb().signUpRequest.count({ where: { email } })).toBe(0);
  });

  it("names every wrong field", async () => {
    const result = await signUpAction({ name: "", email: "not-an-address", password: "x" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "name", "password"]);
  });

  it("answers an existing address exactly like a new one, and tells only the owner by mail", async () => {
    const existing = await createUser(getDb());
    const before = await getDb().user.count();
    const fresh = uniqueEmail("fresh");
    const forExisting = await signUpAction({ name: "Dup", email: existing.email.toUpperCase(), password: "another-pass-99" });
    const forFresh = await signUpAction({ name: "New", email: fresh, password: "another-pass-99" });
    expect(forExisting).toEqual({ ok: true, data: { email: existing.email } });
    expect(forFresh).toEqual({ ok: true, data: { email: fresh } });
    // The same work was done for both: one pending request and one mail each.
    expect(await getDb().signUpRequest.count({ where: { email: existing.email } })).toBe(1);
    expect(sink.mailsTo(existing.email).map((m) => m.subject)).toEqual(["You already have a Realised account"]);
    expect(sink.mailsTo(fresh)).toHaveLength(1);
    expect(await getDb().user.count()).toBe(before);
    // The existing password still works: nothing was overwritten.
    expect((await authenticateWithPassword(existing.email, existing.password, null)).id).toBe(existing.id);
  });

  it("a pending sign-up cannot complete once the address has an account", async () => {
    const email = uniqueEmail("race");
    await signUpAction({ name: "First", email, password: "tulpen-bollen-2026" });
    const token = await confirmLinkToken(email);
    await createUser(getDb(), { email });
    expect(await confirmSignUpAction({ token })).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(await getDb().user.count({ where: { email } })).toBe(1);
  });

  it("throttles sign-up mails per address (3 an hour), counted alike for existing and new addresses", async () => {
    const existing = await createUser(getDb());
    for (const email of [existing.email, uniqueEmail("spam")]) {
      for (let i = 0; i < 3; i++) expect((await signUpAction({ name: "X", email, password: "another-pass-99" })).ok).toBe(true);
      expect(await signUpAction({ name: "X", email, password: "another-pass-99" })).toMatchObject({
        ok: false,
        error: "RATE_LIMITED",
        message: expect.stringMatching(/^Too many requests for now; try again in \d+ minutes?$/),
      });
      expect(sink.mailsTo(email)).toHaveLength(3);
    }
  });
});

describe("password reset", () => {
  async function requestReset(email: string) {
    const before = sink.mailsTo(email).length;
    expect(await requestPasswordResetAction({ email })).toEqual({ ok: true, data: undefined });
    const mails = sink.mailsTo(email);
    expect(mails).toHaveLength(before + 1);
    const link = extractLink(mails[mails.length - 1].text);
    const match = link.match(/\/reset\/([A-Za-z0-9_-]+)$/);
    expect(match, link).not.toBeNull();
    return { mail: mails[mails.length - 1], token: match![1] };
  }

  it("mails a link whose token sets a new password once and signs out every session", async () => {
    const user = await createUser(getDb());
    const session = await openAuthSession(getDb(), user.id);
    const { mail, token } = await requestReset(user.email.toUpperCase());
    expect(mail.subject).toBe("Reset your Realised password");
    const stored = await getDb().passwordResetToken.findFirstOrThrow({
      where: { userId: user.id },
      select: { tokenHash: true },
    });
    expect(stored.tokenHash).toBe(hashToken(token));

    const mismatch = await resetPasswordAction({ token, password: "nieuw-wachtwoord-1", confirm: "something-else-2" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: ["The passwords do not match"] } });

    const reset = await resetPasswordAction({ token, password: "nieuw-wachtwoord-1", confirm: "nieuw-wachtwoord-1" });
    expect(reset).toEqual({ ok: true, data: { email: user.email } });
    const after = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(1);
    expect((await getDb().authSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    expect((await authenticateWithPassword(user.email, "nieuw-wachtwoord-1", null)).sessionVersion).toBe(1);
    expect(await signInError(authenticateWithPassword(user.email, user.password, null))).toBe("INVALID_CREDENTIALS");
    expect(await getDb().auditLog.count({ where: { action: "user.password-reset", entityId: user.id } })).toBe(1);

    const reused = await resetPasswordAction({ token, password: "derde-wachtwoord-3", confirm: "derde-wachtwoord-3" });
    expect(reused).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { token: ["This reset link is invalid or has expired"] },
    });
    expect((await authenticateWithPassword(user.email, "nieuw-wachtwoord-1", null)).id).toBe(user.id);
  });

  it("a newer link withdraws the older one", async () => {
    const user = await createUser(getDb());
    const older = await requestReset(user.email);
    const newer = await requestReset(user.email);
    expect(await resetPasswordAction({ token: older.token, password: "nieuw-wachtwoord-1", confirm: "nieuw-wachtwoord-1" })).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
    });
    expect((await resetPasswordAction({ token: newer.token, password: "nieuw-wachtwoord-2", confirm: "nieuw-wachtwoord-2" })).ok).toBe(true);
  });

  it("using a link withdraws every other unused link of the user", async () => {
    const user = await createUser(getDb());
    const { token } = await requestReset(user.email);
    // A second live link, as a row written before links withdrew each other.
    const stray = "s".repeat(43);
    await getDb().passwordResetToken.create({ data: { userId: user.id, tokenHash: hashToken(stray), expiresAt: new Date(Date.now() + 3_600_000) } });
    expect((await resetPasswordAction({ token, password: "nieuw-wachtwoord-1", confirm: "nieuw-wachtwoord-1" })).ok).toBe(true);
    expect((await resetPasswordAction({ token: stray, password: "nieuw-wachtwoord-2", confirm: "nieuw-wachtwoord-2" })).ok).toBe(false);
    expect((await authenticateWithPassword(user.email, "nieuw-wachtwoord-1", null)).id).toBe(user.id);
  });

  it("writes the mail in the user's language", async () => {
    const user = await createUser(getDb());
    await getDb().user.update({ where: { id: user.id }, data: { locale: "nl" } });
    const { mail } = await requestReset(user.email);
    expect(mail.subject).toBe("Je wachtwoord opnieuw instellen voor Realised");
  });

  it("rejects an expired token and leaves the password alone", async () => {
    const user = await createUser(getDb());
    const { token } = await requestReset(user.email);
    await getDb().passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const result = await resetPasswordAction({ token, password: "nieuw-wachtwoord-1", confirm: "nieuw-wachtwoord-1" });
    expect(result).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      message: "This reset link is invalid or has expired; ask for a new one",
    });
    expect((await authenticateWithPassword(user.email, user.password, null)).sessionVersion).toBe(0);
  });

  it("expires reset links after an hour", async () => {
    const user = await createUser(getDb());
    const now = new Date("2032-02-29T23:30:00.000Z");
    await requestPasswordReset(user.email, { ip: null, now });
    const { expiresAt } = await getDb().passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(expiresAt.toISOString()).toBe("2032-03-01T00:30:00.000Z");
  });

  it("answers an unknown address exactly like a known one; its mail holds no link to reset", async () => {
    const email = uniqueEmail("nobody");
    expect(await requestPasswordResetAction({ email })).toEqual({ ok: true, data: undefined });
    const mails = sink.mailsTo(email);
    expect(mails.map((m) => m.subject)).toEqual(["Password reset for Realised"]);
    expect(mails[0].text).not.toMatch(/\/reset\//);
  });

  it("throttles per address (3 an hour, known or not) and per IP (10 an hour)", async () => {
    const user = await createUser(getDb());
    const now = new Date("2031-05-01T10:00:00.000Z");
    for (const email of [user.email, uniqueEmail("unknown")]) {
      for (let i = 0; i < 3; i++) await requestPasswordReset(email, { ip: null, now });
      await expect(requestPasswordReset(email, { ip: null, now })).rejects.toMatchObject({ code: "RATE_LIMITED" });
      expect(sink.mailsTo(email)).toHaveLength(3);
      // An hour later the address may ask again.
      await requestPasswordReset(email, { ip: null, now: new Date(now.getTime() + 3_600_001) });
    }
    const ip = "203.0.113.50";
    for (let i = 0; i < 10; i++) await requestPasswordReset(uniqueEmail("spray"), { ip, now });
    await expect(requestPasswordReset(uniqueEmail("spray"), { ip, now })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("rejects a made-up token", async () => {
    const result = await resetPasswordAction({
      token: "a".repeat(43),
      password: "nieuw-wachtwoord-1",
      confirm: "nieuw-wachtwoord-1",
    });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { token: expect.any(Array) } });
  });
});

describe("authenticateWithPassword", () => {
  it("returns the user for the right password and refuses a wrong one or an unknown address alike", async () => {
    const user = await createUser(getDb());
    const ok = await authenticateWithPassword(` ${user.email.toUpperCase()} `, user.password, "203.0.113.7");
    expect(ok).toEqual({ id: user.id, email: user.email, name: user.name, sessionVersion: 0 });
    expect(ok).not.toHaveProperty("passwordHash");
    expect(await signInError(authenticateWithPassword(user.email, "wrong-password-1", "203.0.113.7"))).toBe(
      "INVALID_CREDENTIALS",
    );
    expect(await signInError(authenticateWithPassword(uniqueEmail("ghost"), "wrong-password-1", null))).toBe(
      "INVALID_CREDENTIALS",
    );
  });

  it("refuses accounts without a password (OAuth-only)", async () => {
    const email = uniqueEmail("oauth");
    await getDb().user.create({ data: { email, name: "OAuth" } });
    expect(await signInError(authenticateWithPassword(email, "anything-at-all-1", null))).toBe("INVALID_CREDENTIALS");
  });
});

describe("language", () => {
  it("stores the chosen language on the signed-in user, and answers in it from then on", async () => {
    const user = await createUser(getDb());
    signInAs(user);
    expect(await setLocaleAction({ locale: "de" })).toMatchObject({
      ok: false,
      fieldErrors: { locale: ["Choose nl or en"] },
    });
    expect(await setLocaleAction({ locale: "nl" })).toEqual({ ok: true, data: undefined });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale).toBe(
      "nl",
    );
    // The language cookie now says nl, so failures come back in Dutch.
    expect(await setLocaleAction({ locale: "de" })).toMatchObject({
      ok: false,
      fieldErrors: { locale: ["Kies nl of en"] },
    });
    expect(await setLocaleAction({ locale: "en" })).toEqual({ ok: true, data: undefined });
    signInAs(null);
  });
});
