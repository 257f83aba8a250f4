import { expect, test } from "@playwright/test";
import { DEMO_LOGIN } from "@/prisma/seed";
import { shot, signInViaApi } from "./support/fixtures";

test("a percentages-only link for the board: no login, no euro amounts, counted, then revoked", async ({ page, browser }) => {
  await signInViaApi(page, DEMO_LOGIN.email, DEMO_LOGIN.password);
  await page.goto("/w/bakkerij-de-vries/share");
  await page.getByLabel("For whom").fill("Board");
  await page.getByLabel("Percentages only: hide every euro amount").check();
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{40,}$/);

  const stakeholder = await (await browser.newContext()).newPage();
  await stakeholder.goto(new URL(url).pathname);
  await expect(stakeholder.getByText(/Bakkerij De Vries · read-only/)).toBeVisible();
  await expect(stakeholder.getByTestId("card-roi-value")).toHaveText("47.38%");
  await expect(stakeholder.getByTestId("card-invested")).toHaveCount(0);
  expect(await stakeholder.locator("main").innerText()).not.toContain("€");
  await expect(stakeholder.getByRole("link", { name: "AI-marketingtool" })).toHaveCount(0);
  await shot(stakeholder, "share-percent-only");

  await page.reload();
  const row = page.getByRole("row", { name: /Board/ });
  await expect(row).toContainText("percentages only");
  await expect(row.getByRole("cell").nth(4)).toHaveText("1");
  await row.getByRole("button", { name: "Revoke the link for Board" }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText("revoked");

  await stakeholder.reload();
  await expect(stakeholder.getByTestId("share-unavailable")).toContainText("This link was withdrawn");
  await expect(stakeholder.getByText("Bakkerij De Vries")).toHaveCount(0);
});

test("a full link offers the PDF report; the stakeholder downloads it without logging in", async ({ page, browser }) => {
  await signInViaApi(page, DEMO_LOGIN.email, DEMO_LOGIN.password);
  await page.goto("/w/bakkerij-de-vries/share");
  await page.getByLabel("For whom").fill("Bank");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByTestId("share-url").inputValue();

  const stakeholder = await (await browser.newContext()).newPage();
  await stakeholder.goto(new URL(url).pathname);
  await expect(stakeholder.getByTestId("card-invested-value")).toHaveText("€50,078.12");
  const href = await stakeholder.getByRole("link", { name: "Download the PDF report" }).getAttribute("href");
  const pdf = await stakeholder.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // A leak the consultant reviews stays visible to stakeholders, marked with who and why.
  await page.goto("/w/bakkerij-de-vries");
  const first = page.getByTestId("leak").first();
  await first.getByRole("button", { name: "Acknowledge" }).click();
  await first.getByLabel("Reason").fill("Agreed with the board in October");
  await first.getByRole("button", { name: "Acknowledge leak" }).click();
  await expect(page.getByTestId("reviewed-leak")).toHaveCount(1);
  await stakeholder.reload();
  await expect(stakeholder.getByTestId("reviewed-leak")).toContainText(/Reviewed by Demi de Consultant on .+: Agreed with the board in October/);
  await expect(stakeholder.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await shot(stakeholder, "share-reviewed-leak");
  await page.getByTestId("reviewed-leak").getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("reviewed-leak")).toHaveCount(0);
});
