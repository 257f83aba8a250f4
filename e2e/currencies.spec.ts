import { expect, test } from "@playwright/test";
import { DEMO_LOGIN } from "@/prisma/seed";
import { shot, signInViaApi } from "./support/fixtures";

// The missing-rate path end to end, on the demo's translation agency (a dollar-priced
// platform, reporting in euros): complete totals; a recorded month's rate deleted → the
// dashboard names the missing rate and says the totals are incomplete; its link opens the
// rate form for that month; the rate entered again → complete again (the demo as it was).
test("a missing rate is named, links to the rate form, and the totals are complete again once it is entered", async ({ page }) => {
  await signInViaApi(page, DEMO_LOGIN.email, DEMO_LOGIN.password);
  await page.goto("/w/vertaalbureau-lingua");
  await expect(page.getByTestId("headline-scope")).toContainText("2 approved plans in EUR");
  await expect(page.getByTestId("other-currency-USD")).toContainText("Of which in USD: 1 plan");
  await expect(page.getByTestId("conversion-incomplete")).toHaveCount(0);
  // Forecasts after last month use the latest known rate, and say so.
  await expect(page.getByTestId("conversion-fallbacks")).toContainText("at the");
  const investedBefore = await page.getByTestId("card-invested-value").textContent();
  await shot(page, "currency-dashboard-complete");

  // The oldest rate (the first recorded dollar month) is deleted.
  await page.goto("/w/vertaalbureau-lingua/rates");
  const oldest = page.getByTestId("rate-table").locator("tbody tr").last();
  const testId = (await oldest.getAttribute("data-testid")) ?? "";
  const month = testId.replace("rate-row-EUR-USD-", "");
  expect(month).toMatch(/^\d{4}-\d{2}$/);
  const rate = (await oldest.locator("td").nth(2).textContent())?.trim() ?? "";
  expect(rate).toMatch(/^1\.\d+$/);
  await oldest.getByRole("button", { name: `Delete the rate EUR → USD for ${month}` }).click();
  await oldest.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByTestId(testId)).toHaveCount(0);

  await page.goto("/w/vertaalbureau-lingua");
  const notice = page.getByTestId("conversion-incomplete");
  await expect(notice).toContainText("Incomplete: 1 exchange rate is missing");
  await expect(notice).toContainText(`Rate missing for ${month} USD→EUR`);
  // The month's dollars are left out, so less is invested in euros than before.
  await expect(page.getByTestId("card-invested-value")).not.toHaveText(investedBefore ?? "");
  await shot(page, "currency-dashboard-missing-rate");

  await notice.getByRole("link", { name: "Add this rate" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/vertaalbureau-lingua/rates\\?from=USD&to=EUR&month=${month}`));
  const form = page.getByTestId("rate-form");
  await expect(form.getByLabel("Month")).toHaveValue(month);
  // Entered the ECB's way round again: 1 EUR = rate USD.
  await form.getByLabel("From (1 unit of)").selectOption("EUR");
  await form.getByLabel("To", { exact: true }).selectOption("USD");
  await form.getByLabel("Rate", { exact: true }).fill(rate);
  await form.getByRole("button", { name: "Save rate" }).click();
  await expect(form.getByRole("status")).toContainText(`Rate for EUR → USD in ${month} saved.`);

  await page.goto("/w/vertaalbureau-lingua");
  await expect(page.getByTestId("conversion-incomplete")).toHaveCount(0);
  await expect(page.getByTestId("card-invested-value")).toHaveText(investedBefore ?? "");
});
