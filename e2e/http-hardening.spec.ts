import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { DEMO_LOGIN } from "@/prisma/seed";
import { createUser, createWorkspace, db, signInViaApi } from "./support/fixtures";

/** Findings of a hostile-user probe: security headers, and a clear 4xx where a 500 was. */

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

async function newInvestment(workspaceId: string, name = "Plan") {
  return db().investment.create({
    data: { workspaceId, name, startMonth: new Date(Date.UTC(2026, 0, 1)), horizonMonths: 12, plan: { costs: [], benefits: [] } },
  });
}

test.describe("security headers", () => {
  test("every page gets a CSP whose fresh nonce is on all of its scripts, plus nosniff, DENY and HSTS", async ({ request }) => {
    const first = await request.get("/sign-in");
    const second = await request.get("/sign-in");
    expect(first.status()).toBe(200);
    const csp = first.headers()["content-security-policy"];
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "'strict-dynamic'"]) {
      expect(csp).toContain(directive);
    }
    const nonce = nonceOf(first);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    expect(nonceOf(second)).not.toBe(nonce);

    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    expect(first.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first.headers()["x-frame-options"]).toBe("DENY");
    expect(first.headers()["referrer-policy"]).toBe("same-origin");
    // scripts/e2e.ts runs the production build.
    expect(first.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  });

  test("pages with a token in the path send no referrer", async ({ request }) => {
    for (const path of ["/share/not-a-real-token", "/reset/not-a-real-token", "/invite/not-a-real-token"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      expect(response.headers()["referrer-policy"], path).toBe("no-referrer");
    }
  });

  test("route handlers get the headers too; build assets are served without running the proxy", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.headers()["x-content-type-options"]).toBe("nosniff");

    const html = await (await request.get("/sign-in")).text();
    const asset = /<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const script = await request.get(asset!);
    expect(script.status()).toBe(200);
    expect(script.headers()["content-security-policy"]).toBeUndefined();
  });

  test("under the CSP the app hydrates and draws its charts without a single violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on("pageerror", (error) => violations.push(error.message));

    // Signing in through the form needs React running, so the scripts' nonces work.
    await page.goto("/sign-in?callbackUrl=%2Fw%2Fbakkerij-de-vries");
    await page.getByLabel("E-mail").fill(DEMO_LOGIN.email);
    await page.getByLabel("Password").fill(DEMO_LOGIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/w\/bakkerij-de-vries$/);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();

    const workspace = await db().workspace.findUniqueOrThrow({ where: { slug: "bakkerij-de-vries" }, select: { id: true } });
    const investment = await db().investment.findFirstOrThrow({ where: { workspaceId: workspace.id, versions: { some: {} } }, select: { id: true } });
    await page.goto(`/w/bakkerij-de-vries/investments/${investment.id}`);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await page.goto(`/w/bakkerij-de-vries/investments/${investment.id}/actuals`);
    await expect(page.getByTestId("actuals-grid")).toBeVisible();

    expect(violations).toEqual([]);
  });
});

test.describe("a clear 4xx instead of a 500", () => {
  async function signedIn(request: APIRequestContext) {
    const user = await createUser(db());
    await createWorkspace(db(), { members: [{ userId: user.id, role: "owner" }] });
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: user.email, password: user.password, csrfToken: csrf.csrfToken, json: "true" },
    });
    expect(response.ok()).toBe(true);
  }

  test("NUL and other control characters in a URL answer 400, signed in or not", async ({ request }) => {
    const paths = ["/w/%00", "/w/a%00b/investments", "/share/%00", "/reset/%00", "/invite/%00", "/api/w/%00/export", "/w/a%0d%0ab", "/w/a?category=%00"];
    for (const path of paths) expect((await request.get(path, { maxRedirects: 0 })).status(), `guest on ${path}`).toBe(400);
    await signedIn(request);
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), `member on ${path}`).toBe(400);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
  });

  test("a look-alike callbackUrl is ignored instead of failing the sign-in page", async ({ request }) => {
    const path = "/sign-in?callbackUrl=%2F%E3%80%82evil.example";
    expect((await request.get(path)).status()).toBe(200);
    await signedIn(request);
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe("/");
  });

  test("a server action posted from another origin answers 403", async ({ request, baseURL }) => {
    const action = { "Next-Action": "7f".padEnd(42, "0"), "Content-Type": "text/plain;charset=UTF-8" };
    const foreign = await request.post("/sign-in", { headers: { ...action, Origin: "https://evil.example" }, data: "[]" });
    expect(foreign.status()).toBe(403);
    const opaque = await request.post("/sign-in", { headers: { ...action, Origin: "null" }, data: "[]" });
    expect(opaque.status()).toBe(403);
    // From our own origin the same request reaches Next.js, which does not know the action.
    const own = await request.post("/sign-in", { headers: { ...action, Origin: new URL(baseURL!).origin }, data: "[]" });
    expect([400, 404, 409]).toContain(own.status());
  });

  test("a body above the 21 MB limit answers 413", async ({ request }) => {
    const response = await request.post("/sign-in", {
      headers: { "Next-Action": "7f".padEnd(42, "0"), "Content-Type": "application/octet-stream" },
      data: Buffer.alloc(22 * 1024 * 1024, 0x61),
    });
    expect(response.status()).toBe(413);
  });
});

test.describe("the sign-in page never shows raw error text", () => {
  // Inside <main>: Next.js's route announcer is an (empty) alert of its own.
  const signInAlert = (page: Page) => page.getByRole("main").getByRole("alert");

  test("unknown errors read as a generic message; known codes are translated", async ({ page }) => {
    const leaked = "Invalid `prisma.user.findUnique()` invocation in /work/main/lib/auth/authenticate.ts:12:3 Can't reach database server";
    await page.goto(`/sign-in?error=${encodeURIComponent(leaked)}`);
    await expect(signInAlert(page)).toHaveText("Sign-in failed. Please try again.");
    const visible = await page.locator("body").innerText();
    expect(visible).not.toContain("prisma");
    expect(visible).not.toContain("/work/main");

    await page.goto("/sign-in?error=RATE_LIMITED%3A7");
    await expect(signInAlert(page)).toHaveText("Too many failed attempts. Try again in 7 minutes.");
    await page.goto("/sign-in?error=INVALID_CREDENTIALS");
    await expect(signInAlert(page)).toHaveText("The e-mail address or password is incorrect.");
    await page.goto("/sign-in?error=SIGN_IN_UNAVAILABLE");
    await expect(signInAlert(page)).toHaveText("Signing in is not possible right now. Please try again in a moment.");
  });

  test("in Dutch too", async ({ browser }) => {
    const context = await browser.newContext({ locale: "nl-NL", extraHTTPHeaders: { "Accept-Language": "nl-NL,nl;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/sign-in?error=SIGN_IN_UNAVAILABLE");
    await expect(signInAlert(page)).toHaveText("Inloggen lukt op dit moment niet. Probeer het zo opnieuw.");
    await page.goto("/sign-in?error=RATE_LIMITED%3A1");
    await expect(signInAlert(page)).toHaveText("Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw.");
    await page.goto("/sign-in?error=Error%3A%20ECONNREFUSED%20127.0.0.1%3A5432");
    await expect(signInAlert(page)).toHaveText("Inloggen is mislukt. Probeer het opnieuw.");
    await context.close();
  });
});

test("unknown and foreign investment ids answer 404 on every investment page, like too-low roles", async ({ page }) => {
  const owner = await createUser(db());
  const viewer = await createUser(db());
  const stranger = await createUser(db());
  const mine = await createWorkspace(db(), {
    members: [
      { userId: owner.id, role: "owner" },
      { userId: viewer.id, role: "viewer" },
    ],
  });
  const theirs = await createWorkspace(db(), { members: [{ userId: stranger.id, role: "owner" }] });
  const own = await newInvestment(mine.id, "Own plan");
  const foreign = await newInvestment(theirs.id, "Foreign secret plan");

  await signInViaApi(page, owner.email, owner.password);
  for (const id of [foreign.id, "does-not-exist"]) {
    for (const sub of ["", "/actuals", "/edit", "/import"]) {
      const response = await page.goto(`/w/${mine.slug}/investments/${id}${sub}`);
      expect(response?.status(), `${id}${sub}`).toBe(404);
      await expect(page.getByText("Page not found")).toBeVisible();
      expect(await page.content()).not.toContain("Foreign secret plan");
    }
  }
  for (const sub of ["", "/actuals", "/edit", "/import"]) {
    expect((await page.goto(`/w/${mine.slug}/investments/${own.id}${sub}`))?.status(), `owner on ${sub || "/"}`).toBe(200);
  }
  expect((await page.goto(`/w/${mine.slug}/month/not-a-month`))?.status()).toBe(404);

  await page.context().clearCookies();
  await signInViaApi(page, viewer.email, viewer.password);
  for (const sub of ["/edit", "/import"]) {
    expect((await page.goto(`/w/${mine.slug}/investments/${own.id}${sub}`))?.status(), `viewer on ${sub}`).toBe(404);
  }
});
