import { expect, test } from "@playwright/test";
import { DEMO_LOGIN } from "@/prisma/seed";
import { shot, signInViaApi } from "./support/fixtures";

test.describe.configure({ mode: "serial" });

test("the demo consultant: overview, a workspace dashboard with the seeded figures, acknowledging a leak", async ({ page }) => {
  await signInViaApi(page, DEMO_LOGIN.email, DEMO_LOGIN.password);
  await page.goto("/workspaces");
  for (const name of ["Bakkerij De Vries", "Fietsenwinkel Jansen", "Webshop Noord"]) {
    await expect(page.getByRole("link", { name }).first()).toBeVisible();
  }
  await shot(page, "consultant-overview");

  await page.getByRole("link", { name: "Bakkerij De Vries" }).first().click();
  await expect(page).toHaveURL(/\/w\/bakkerij-de-vries$/);
  // Hand-checked in lib/dashboard/dashboard.integration.test.ts: 1.02 × €25,856 + €17,160 + €6,545.
  await expect(page.getByTestId("card-invested-value")).toHaveText("€50,078.12");
  await expect(page.getByTestId("card-roi-value")).toHaveText("47.38%");
  await expect(page.getByRole("figure", { name: "Cumulative ROI: forecast band and measured" })).toBeVisible();
  await expect(page.getByTestId("investment-table").getByRole("row")).toHaveCount(4);
  await shot(page, "workspace-dashboard");

  const leaks = page.getByTestId("leak");
  const before = await leaks.count();
  expect(before).toBeGreaterThanOrEqual(4);
  const first = leaks.first();
  await expect(first).toContainText("KPI moving the wrong way");
  await first.getByRole("button", { name: "Acknowledge" }).click();
  await first.getByLabel("Reason").fill("Seasonal dip, campaign restarts in spring");
  await first.getByRole("button", { name: "Acknowledge leak" }).click();
  await expect(leaks).toHaveCount(before - 1);
  await expect(page.getByText(/1 reviewed leak is hidden/)).toBeVisible();

  // The month view of last month: the order form's missing months lead straight to the grid.
  await page.getByRole("link", { name: "This month" }).click();
  await expect(page).toHaveURL(/\/w\/bakkerij-de-vries\/month\/\d{4}-\d{2}$/);
  await expect(page.getByText(/Realised value in/)).toBeVisible();
  await shot(page, "month-view");
  await page.goto("/w/bakkerij-de-vries");

  await page.getByRole("link", { name: "AI-marketingtool" }).click();
  await expect(page.getByRole("figure", { name: "Cumulative ROI per month: scenarios and measured" })).toBeVisible();
  await shot(page, "investment-detail-demo");
});

test("the dashboard in Dutch formats amounts as € 1.234,56", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL", extraHTTPHeaders: { "Accept-Language": "nl-NL,nl;q=0.9" } });
  const page = await context.newPage();
  await signInViaApi(page, DEMO_LOGIN.email, DEMO_LOGIN.password);
  await page.goto("/w/bakkerij-de-vries");
  await expect(page.getByTestId("card-invested-value")).toHaveText("€\u00a050.078,12");
  await expect(page.getByTestId("card-roi-value")).toHaveText("47,38%");
  await shot(page, "workspace-dashboard-nl");
});
