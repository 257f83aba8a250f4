import { expect, test } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";
import { currentPeriod } from "@/lib/investments/months";
import { workspacePageRoutes } from "./support/app-pages";
import { createUser, createWorkspace, db, signInViaApi } from "./support/fixtures";

/**
 * Every page under /w/[slug] with the lowest role that may open it. A new page that is
 * not listed here fails the completeness test below. "[id]" is B's investment.
 */
const ROUTES: Record<string, Role> = {
  "": "viewer",
  "/members": "viewer",
  "/settings": "owner",
  "/audit": "owner",
  "/month": "viewer",
  "/month/[period]": "viewer",
  "/transfer": "viewer",
  "/share": "editor",
  "/api-tokens": "editor",
  "/reports": "viewer",
  "/accuracy": "viewer",
  "/notifications": "viewer",
  "/rates": "viewer",
  "/webhooks": "owner",
  "/investments": "viewer",
  "/investments/new": "editor",
  "/investments/[id]": "viewer",
  "/investments/[id]/edit": "editor",
  "/investments/[id]/actuals": "viewer",
  "/investments/[id]/import": "editor",
};

test("every workspace page is in the isolation table", () => {
  expect(workspacePageRoutes().sort()).toEqual(Object.keys(ROUTES).sort());
});

test("outsiders get 404 on every workspace page; viewers get 404 on owner pages", async ({ page }) => {
  const member = await createUser(db());
  const viewer = await createUser(db());
  const owner = await createUser(db());
  await createWorkspace(db(), { name: "Workspace A", members: [{ userId: member.id, role: "owner" }] });
  const b = await createWorkspace(db(), {
    name: "Secret Client B",
    members: [
      { userId: owner.id, role: "owner" },
      { userId: viewer.id, role: "viewer" },
    ],
  });
  const investment = await db().investment.create({
    data: { workspaceId: b.id, name: "Secret plan", startMonth: new Date(Date.UTC(2026, 0, 1)), horizonMonths: 12, plan: { costs: [], benefits: [] } },
  });
  const url = (route: string) => `/w/${b.slug}${route.replace("[id]", investment.id).replace("[period]", currentPeriod())}`;

  await signInViaApi(page, member.email, member.password);
  for (const route of Object.keys(ROUTES)) {
    const response = await page.goto(url(route));
    expect(response?.status(), `outsider on ${route || "/"}`).toBe(404);
    expect(await page.content()).not.toContain("Secret Client B");
    expect(await page.content()).not.toContain("Secret plan");
  }
  const unknown = await page.goto("/w/does-not-exist");
  expect(unknown?.status()).toBe(404);

  await page.context().clearCookies();
  await signInViaApi(page, viewer.email, viewer.password);
  for (const [route, minRole] of Object.entries(ROUTES)) {
    const response = await page.goto(url(route));
    if (minRole === "viewer") {
      expect(response?.status(), `viewer on ${route || "/"}`).toBe(200);
      await expect(page.getByText("Page not found")).toHaveCount(0);
    } else {
      expect(response?.status(), `viewer on ${route}`).toBe(404);
      await expect(page.getByText("Page not found")).toBeVisible();
    }
  }

  await page.context().clearCookies();
  await signInViaApi(page, owner.email, owner.password);
  for (const route of Object.keys(ROUTES)) {
    const response = await page.goto(url(route));
    expect(response?.status(), `owner on ${route || "/"}`).toBe(200);
    await expect(page.getByText("Page not found")).toHaveCount(0);
  }
});

test("guests are sent to sign in, and the health endpoint reports the database", async ({ page, request }) => {
  const b = await createWorkspace(db());
  await page.goto(`/w/${b.slug}/members`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: "ok" });
});
