import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { authenticateWithPassword, SignInError } from "@/lib/auth/authenticate";
import { hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/prisma/factories";
import { extractLink, startSmtpSink } from "@/tests/support/smtp-sink";
import { requestPasswordResetAction, resetPasswordAction, setLocaleAction, signUpAction } from "./actions";

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

describe("sign-up", () => {
  it("creates the account with a lower-cased e-mail and a hashed password, audited", async () => {
    signInAs(null);
    const email = uniqueEmail("Sign-Up").replace("example.test", "Example.TEST");
    const result = await signUpAction({
      name: "  Anne de Boer ",
      email: `  ${email} `,
      password: "tulpen-bollen-2026",
    });
    expect(result).toEqual({ ok: true, data: { email: email.toLowerCase() } });
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
  });

  it.each([
    ["short1", "Password must be at least 10 characters"],
    ["onlyletters-here", "Password must contain a letter and a digit"],
    ["1234567890123", "Password must contain a letter and a digit"],
  ])("rejects the password %j on the password field", async (password, message) => {
    const email = uniqueEmail("weak");
    const result = await signUpAction({ name: "Weak", email, password });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { password: [message] } });
    expect(await getDb().user.count({ where: { email } })).toBe(0);
  });

  it("names every wrong field", async () => {
    const result = await signUpAction({ name: "", email: "not-an-address", password: "x" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "name", "password"]);
  });

  it("refuses a second account for the same e-mail, whatever its case, on the e-mail field", async () => {
    const existing = await createUser(getDb());
    const before = await getDb().user.count();
    const result = await signUpAction({
      name: "Dup",
      email: existing.email.toUpperCase(),
      password: "another-pass-99",
    });
    expect(result).toEqual({
      ok: false,
      error: "CONFLICT",
      message: "An account with this e-mail already exists",
      fieldErrors: { email: ["An account with this e-mail already exists"] },
    });
    expect(await getDb().user.count()).toBe(before);
    // The existing password still works: nothing was overwritten.
    expect((await authenticateWithPassword(existing.email, existing.password, null)).id).toBe(existing.id);
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

  it("mails a link whose token sets a new password once and signs out other sessions", async () => {
    const user = await createUser(getDb());
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
    const started = Date.now();
    await requestReset(user.email);
    const { expiresAt } = await getDb().passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(expiresAt.getTime()).toBeGreaterThanOrEqual(started + 3600_000 - 1000);
    expect(expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 3600_000 + 1000);
  });

  it("answers ok for an unknown address but sends nothing, so accounts cannot be probed", async () => {
    const email = uniqueEmail("nobody");
    const before = sink.mails.length;
    expect(await requestPasswordResetAction({ email })).toEqual({ ok: true, data: undefined });
    expect(sink.mails.length).toBe(before);
    expect(sink.mailsTo(email)).toHaveLength(0);
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
