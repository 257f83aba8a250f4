import { expect, test, type Locator, type Page } from "@playwright/test";
import { formatPeriod } from "@/lib/i18n/format";
import { currentPeriod } from "@/lib/investments/months";
import { createUser, createWorkspace, db, shot, signInViaApi } from "./support/fixtures";

const guideOf = (page: Page) => page.getByRole("region", { name: "Get started in three steps" });

/** Each step's status as the guide says it in words, in order. */
async function expectStatuses(guide: Locator, statuses: ("Done" | "Next" | "Later")[]) {
  const steps = guide.getByRole("listitem");
  await expect(steps).toHaveCount(3);
  for (const [i, status] of statuses.entries()) await expect(steps.nth(i).getByText(status, { exact: true })).toBeVisible();
  await expect(guide.locator('[aria-current="step"]')).toHaveCount(1);
}

test("a new owner follows the guided start: template → approve → one month, then the guide is gone", async ({ page }) => {
  const owner = await createUser(db());
  const ws = await createWorkspace(db(), { name: "First Run Bakery", locale: "en", members: [{ userId: owner.id, role: "owner" }] });
  await signInViaApi(page, owner.email, owner.password);
  const overview = `/w/${ws.slug}`;
  const month = currentPeriod();

  // An empty workspace: the guide is the whole page, step 1 is next.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(overview);
  const guide = guideOf(page);
  await expect(guide).toBeVisible();
  await expectStatuses(guide, ["Next", "Later", "Later"]);
  // Usable at 390 px: no page-level horizontal scroll.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await shot(page, "first-run-empty-390");

  // Step 1: pick a template in the gallery and create the investment.
  await page.setViewportSize({ width: 1366, height: 900 });
  await guide.getByRole("link", { name: "Choose a template" }).click();
  await page.getByRole("link", { name: /Loyalty programme/ }).click();
  await page.getByLabel("Name").fill("First loyalty plan");
  await page.getByLabel("Start month").fill(month);
  await page.getByRole("button", { name: "Create investment" }).click();
  await expect(page.getByRole("heading", { name: "First loyalty plan" })).toBeVisible();

  // Back on the overview: compact above the dashboard, step 2 next.
  await page.goto(overview);
  await expectStatuses(guideOf(page), ["Done", "Next", "Later"]);
  await shot(page, "first-run-step-2");

  // Step 2: approve the plan on the investment's page (with its confirmation, when it asks).
  await guideOf(page).getByRole("link", { name: "Open the plan to approve it" }).click();
  await expect(page.getByRole("heading", { name: "First loyalty plan" })).toBeVisible();
  await page.getByRole("button", { name: "Approve plan" }).click();
  const confirm = page.getByRole("group").getByRole("button", { name: /approve|yes/i });
  const approved = page.getByText(/v1 · Plan approved/);
  await expect(confirm.or(approved).first()).toBeVisible();
  if ((await confirm.count()) > 0) await confirm.first().click();
  await expect(approved).toBeVisible();

  // Step 3: record this month in the actuals grid.
  await page.goto(overview);
  await expectStatuses(guideOf(page), ["Done", "Done", "Next"]);
  await guideOf(page).getByRole("link", { name: "Record a month" }).click();
  const label = formatPeriod(month, "en");
  await page.getByLabel(`Actual cost, ${label}`).fill("1000");
  await page.getByLabel(`Actual benefit, ${label}`).fill("1500");
  await page.getByRole("button", { name: `Save ${label}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(label) })).toContainText("Recorded");

  // All three done: the overview is the dashboard, without the guide.
  await page.goto(overview);
  await expect(page.getByTestId("investment-table")).toBeVisible();
  await expect(guideOf(page)).toHaveCount(0);
});
