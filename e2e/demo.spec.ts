import { expect, test } from "@playwright/test";
import { DEMO_LOGIN } from "@/prisma/seed";
import { shot } from "./support/fixtures";

test("the demo consultant signs in through the UI and reaches the seeded workspaces", async ({ page }) => {
  await page.goto("/workspaces");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("E-mail").fill(DEMO_LOGIN.email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  const table = page.getByTestId("consultant-overview");
  await expect(table.getByTestId("consultant-row")).toHaveCount(4);
  await expect(table.getByRole("link", { name: "Vertaalbureau Lingua" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Bakkerij De Vries" })).toBeVisible();
  await expect(table.getByRole("row", { name: /Webshop Noord/ })).toContainText("Viewer");
  await shot(page, "demo-workspaces");
  await page.getByRole("combobox", { name: "Switch workspace" }).selectOption("fietsenwinkel-jansen");
  await expect(page).toHaveURL(/\/w\/fietsenwinkel-jansen$/);
  await expect(page.getByRole("heading", { name: "Fietsenwinkel Jansen" })).toBeVisible();
});
