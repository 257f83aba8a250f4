import { expect, test } from "@playwright/test";
import { formatPeriod } from "@/lib/i18n/format";
import { currentPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { createUser, createWorkspace, db, shot, signInViaApi } from "./support/fixtures";

test("loyalty template → approve → three months in the grid → CSV for two more → the numbers", async ({ page }) => {
  const user = await createUser(db());
  const ws = await createWorkspace(db(), { name: "Loyalty Client", locale: "en", members: [{ userId: user.id, role: "owner" }] });
  await signInViaApi(page, user.email, user.password);
  // Started five months ago: months 1–5 are past, month 6 is the current one.
  const start = periodOfMonthNumber(currentPeriod(), -4);
  const month = (n: number) => periodOfMonthNumber(start, n);

  // 1. Start from the loyalty programme template; the live forecast follows the inputs.
  await page.goto(`/w/${ws.slug}/investments/new`);
  await page.getByRole("link", { name: /Loyalty programme/ }).click();
  await page.getByLabel("Name").fill("Loyalty e2e");
  await page.getByLabel("Start month").fill(start);
  await expect(page.getByTestId("forecast-expected")).toContainText("%");
  await page.getByLabel("Participation %").fill("abc");
  await expect(page.getByText(/inputs.participationPct/)).toBeVisible();
  await page.getByLabel("Participation %").fill("80");
  // The live forecast carries the sensitivity tornado too, template inputs among its drivers.
  const live = page.getByRole("region", { name: "Live forecast" });
  await expect(live.getByTestId("tornado")).toContainText("Participation %");
  await shot(page, "investment-new-loyalty");
  await page.getByRole("button", { name: "Create investment" }).click();
  await expect(page.getByRole("heading", { name: "Loyalty e2e" })).toBeVisible();

  // 2. Approve: frozen as version 1, with the warning about the missing baseline.
  await page.getByRole("button", { name: "Approve plan" }).click();
  await page.getByRole("group", { name: /Approve the plan of “Loyalty e2e”/ }).getByRole("button", { name: "Yes, approve" }).click();
  await expect(page.getByText(/Plan approved as version 1/)).toBeVisible();
  await expect(page.getByText(/v1 · Plan approved/)).toBeVisible();
  await page.getByRole("button", { name: "Mark active" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();

  // 3. Three months in the grid, each row saved on its own.
  await page.getByRole("link", { name: "Record actuals" }).click();
  for (const n of [1, 2, 3]) {
    const label = formatPeriod(month(n), "en");
    await page.getByLabel(`Actual cost, ${label}`).fill("1000");
    await page.getByLabel(`Actual benefit, ${label}`).fill("1500");
    await page.getByRole("button", { name: `Save ${label}` }).click();
    await expect(page.getByRole("row", { name: new RegExp(label) })).toContainText("Recorded");
  }
  await shot(page, "actuals-grid");

  // 4. Two more months from a Dutch-formatted CSV file.
  await page.goto(`/w/${ws.slug}/investments`);
  await page.getByRole("link", { name: "Loyalty e2e" }).click();
  await page.getByRole("link", { name: "Import CSV" }).click();
  const csv = `Maand;Kosten;Opbrengst\n${month(4)};1.234,56;2.000,00\n${month(5)};1.234,56;2.000,00\n`;
  await page.getByLabel("CSV file").setInputFiles({ name: "actuals.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  // Shown with the preview, and announced once in the import's live region.
  await expect(page.getByRole("region", { name: "Preview" }).getByText(/2 rows read, no problems/)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "2 rows read, no problems" })).toHaveCount(1);
  await shot(page, "csv-preview");
  await page.getByRole("button", { name: "Import 2 months" }).click();
  await expect(page.getByText(/2 months imported/)).toBeVisible();

  // 5. The investment page: five recorded months; ROI = (3 × 1,500 + 2 × 2,000 − 3 × 1,000 − 2 × 1,234.56) ÷ 5,469.12.
  await page.getByRole("link", { name: "Back to the investment" }).click();
  await expect(page.getByTestId("actuals-table").locator("tbody tr")).toHaveCount(5);
  await expect(page.getByTestId("actual-roi")).toHaveText("55.42%");
  await shot(page, "investment-detail");
});
