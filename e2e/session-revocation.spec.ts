import { expect, test } from "@playwright/test";
import { attemptSignIn } from "./support/credentials-api";
import { createUser, db } from "./support/fixtures";

const KNOWN_CODES = /^(INVALID_CREDENTIALS|RATE_LIMITED:\d+)$/;

test("a session cookie replayed after sign-out opens nothing", async ({ browser, baseURL }) => {
  const user = await createUser(db());
  const context = await browser.newContext();
  expect(await attemptSignIn(context.request, { email: user.email, password: user.password, clientIp: "198.51.100.201" })).toBeNull();
  const page = await context.newPage();
  await page.goto("/workspaces");
  await expect(page).toHaveURL(/\/workspaces$/);
  const saved = await context.storageState();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // A second browser holding the old (still validly signed) cookie.
  const replay = await browser.newContext({ storageState: saved, baseURL });
  const replayed = await replay.newPage();
  await replayed.goto("/workspaces");
  await expect(replayed).toHaveURL(/\/sign-in\?callbackUrl=/);
  await replay.close();
  await context.close();
});

test("sign-out with a hostile callbackUrl stays on our site and never answers 5xx", async ({ playwright, baseURL }) => {
  const user = await createUser(db());
  for (const callbackUrl of ["//evil.example", "\\\\evil.example", "/\\evil.example", "/\r\nSet-Cookie: x=1", "/\u3002evil.example", "https://evil.example/"]) {
    const request = await playwright.request.newContext({ baseURL });
    expect(await attemptSignIn(request, { email: user.email, password: user.password, clientIp: "198.51.100.202" })).toBeNull();
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/signout", { form: { csrfToken, callbackUrl, json: "true" }, maxRedirects: 0 });
    expect(response.status(), callbackUrl).toBeLessThan(500);
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).origin, callbackUrl).toBe(new URL(baseURL!).origin);
    await request.dispose();
  }
});

test("30 parallel sign-ins each get a sign-in answer, never a server detail", async ({ playwright, baseURL }) => {
  const user = await createUser(db());
  const attempts = Array.from({ length: 30 }, async (_, i) => {
    const request = await playwright.request.newContext({ baseURL });
    try {
      // Half from one address (it gets blocked), half aimed at one account from many.
      const clientIp = i % 2 === 0 ? "198.51.100.203" : `198.51.100.${210 + i}`;
      return await attemptSignIn(request, { email: i % 2 === 0 ? `nobody-${i}@example.test` : user.email, password: `wrong-password-${i}`, clientIp });
    } finally {
      await request.dispose();
    }
  });
  const codes = await Promise.all(attempts);
  for (const code of codes) expect(code).toMatch(KNOWN_CODES);
  expect(codes.filter((code) => code?.startsWith("RATE_LIMITED:")).length).toBeGreaterThanOrEqual(10);
});
