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
  // The headline says what it counts, in which currency; payback in the table's words.
  await expect(page.getByTestId("headline-scope")).toContainText("3 approved plans in EUR");
  await expect(page.getByTestId("card-invested")).toContainText("Invested (EUR)");
  for (const status of ["paid back", "on track", "late", "unknown"]) await expect(page.getByTestId("card-payback-value")).toContainText(status);
  await expect(page.getByRole("figure", { name: "Cumulative ROI of approved plans in EUR: forecast band and measured" })).toBeVisible();
  const table = page.getByTestId("investment-table");
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("row", { name: /Online bestelformulier/ }).getByTestId("months-recorded")).toHaveText("11 of 13");
  await expect(page.getByTestId("table-pagination")).toContainText("1–3 of 3 investments");
  await shot(page, "workspace-dashboard");

  // Sorting happens on the server: the header is a link that keeps the rest of the view.
  await table.getByRole("link", { name: "Investment" }).click();
  await expect(page).toHaveURL(/\/w\/bakkerij-de-vries\?sort=name&dir=asc$/);
  await expect(page.getByRole("columnheader", { name: /Investment/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("investment-table").getByRole("row").nth(1)).toContainText("AI-marketingtool");
  await page.goto("/w/bakkerij-de-vries");

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
  // Still listed, with who reviewed it and why; Undo puts it back on the open list.
  const reviewed = page.getByTestId("reviewed-leak");
  await expect(reviewed).toHaveCount(1);
  await expect(reviewed).toContainText("KPI moving the wrong way");
  await expect(reviewed).toContainText(/Reviewed by Demi de Consultant on .+: Seasonal dip, campaign restarts in spring \(acknowledged\)/);
  await shot(page, "workspace-dashboard-reviewed-leak");
  await reviewed.getByRole("button", { name: "Undo" }).click();
  await expect(leaks).toHaveCount(before);
  await expect(page.getByTestId("reviewed-leak")).toHaveCount(0);

  // The month view of last month: the order form's missing months lead straight to the grid.
  await page.getByRole("link", { name: "Month review", exact: true }).click();
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
