import { expect, test, type Locator, type Page } from "@playwright/test";
import { formatPeriod } from "@/lib/i18n/format";
import { currentPeriod, periodOfMonthNumber, periodToDate } from "@/lib/investments/months";
import { createUser, createWorkspace, db, shot, signInViaApi } from "./support/fixtures";

// Issue 14, actuals on a phone: below 640 px the grid is a month-by-month form that opens on
// the month to record, works by keyboard alone, fits the screen, and warns before unsaved
// figures are lost. At desktop width the table stays.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const PLAN = {
  costs: [{ kind: "recurring", label: "Licence", monthly: 150 }],
  benefits: [{ kind: "fixed", label: "Saved courier fees", monthly: 900 }],
};

/**
 * An active investment with an approved plan and a KPI, started three months ago: months 1, 3
 * and 4 (the current month) are recorded, month 2 is missing.
 */
async function investmentWithGap() {
  const owner = await createUser(db());
  const viewer = await createUser(db());
  const ws = await createWorkspace(db(), {
    name: "Phone Client",
    locale: "en",
    members: [
      { userId: owner.id, role: "owner" },
      { userId: viewer.id, role: "viewer" },
    ],
  });
  const start = periodOfMonthNumber(currentPeriod(), -2);
  const header = { name: "Courier app", currency: "EUR", startMonth: start, horizonMonths: 12 };
  const investment = await db().investment.create({
    data: {
      workspaceId: ws.id,
      name: header.name,
      currency: header.currency,
      startMonth: periodToDate(start),
      horizonMonths: header.horizonMonths,
      status: "active",
      plan: PLAN,
      versions: { create: { version: 1, definition: { ...header, ...PLAN }, reason: "Plan approved" } },
    },
  });
  const kpi = await db().kpi.create({
    data: { workspaceId: ws.id, investmentId: investment.id, name: "Deliveries", unit: "#" },
  });
  const month = (n: number) => periodOfMonthNumber(start, n);
  await db().actualMonth.createMany({
    data: [1, 3, 4].map((n) => ({
      workspaceId: ws.id,
      investmentId: investment.id,
      month: periodToDate(month(n)),
      cost: 150,
      benefit: 900,
      recordedByName: "Sam",
    })),
  });
  const url = `/w/${ws.slug}/investments/${investment.id}/actuals`;
  return { owner, viewer, investment, kpi, month, url, investmentUrl: `/w/${ws.slug}/investments/${investment.id}` };
}

/** Presses Tab, and only Tab, until `target` has the focus. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the field");
}

const hasNoHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("records the missing month by keyboard alone, and asks before unsaved figures are lost", async ({ page }) => {
    const s = await investmentWithGap();
    const missing = formatPeriod(s.month(2), "en");
    await signInViaApi(page, s.owner.email, s.owner.password);
    await page.goto(s.url);

    // One month at a time, opened on the month that needs recording; the table is not there at all.
    const form = page.getByTestId("actuals-month-form");
    await expect(form).toBeVisible();
    await expect(page.getByTestId("actuals-grid")).toHaveCount(0);
    await expect(form.getByLabel("Month", { exact: true })).toHaveValue(s.month(2));
    await expect(form.getByRole("heading", { name: new RegExp(missing) })).toBeVisible();
    await expect(form.locator("[data-status]")).toHaveText("Missing");
    await expect(form.getByText("forecast €150.00")).toBeVisible();
    expect(await hasNoHorizontalScroll(page)).toBe(true);

    // Keyboard only from here: Tab to each field, type, Enter saves.
    const field = (label: string) => form.getByLabel(label, { exact: true });
    await tabTo(page, field("Actual cost"));
    await page.keyboard.type("1234.5");
    await tabTo(page, field("Actual benefit"));
    await page.keyboard.type("2000");
    await tabTo(page, field("Deliveries (#)"));
    await page.keyboard.type("95");
    await tabTo(page, field("Note"));
    await page.keyboard.type("Typed on a phone");
    await expect(page.getByTestId("unsaved-months")).toHaveText(
      `1 month has unsaved changes: ${missing}. Save them before you leave this page.`,
    );
    await page.keyboard.press("Enter");

    // Announced in the live region, shown in the form, and stored.
    await expect(page.getByRole("status").filter({ hasText: `${missing} saved` })).toHaveCount(1);
    await expect(form.getByText(`${missing} saved`)).toBeVisible();
    await expect(form.locator("[data-status]")).toHaveText("Recorded");
    await expect(page.getByTestId("unsaved-months")).toHaveCount(0);
    const stored = await db().actualMonth.findUniqueOrThrow({
      where: { investmentId_month: { investmentId: s.investment.id, month: periodToDate(s.month(2)) } },
    });
    expect({ cost: stored.cost.toFixed(2), benefit: stored.benefit.toFixed(2), note: stored.note }).toEqual({
      cost: "1234.50",
      benefit: "2000.00",
      note: "Typed on a phone",
    });
    const measured = await db().kpiMeasurement.findUniqueOrThrow({
      where: { kpiId_month: { kpiId: s.kpi.id, month: periodToDate(s.month(2)) } },
    });
    expect(measured.value.toString()).toBe("95");
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await shot(page, "actuals-phone");

    // An unsaved change survives a switch to the table and back: both views share one state.
    await page.keyboard.type(" (draft)");
    await expect(page.getByTestId("unsaved-months")).toContainText(`1 month has unsaved changes: ${missing}`);
    await page.setViewportSize(DESKTOP);
    await expect(page.getByTestId("actuals-grid")).toBeVisible();
    await expect(page.getByTestId("actuals-month-form")).toHaveCount(0);
    await expect(page.getByLabel(`Note, ${missing}`)).toHaveValue("Typed on a phone (draft)");
    await page.setViewportSize(PHONE);
    await expect(field("Note")).toHaveValue("Typed on a phone (draft)");

    // Closing or reloading: the browser's own question; staying keeps the page.
    const beforeUnload = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const unloadDialog = await beforeUnload;
    expect(unloadDialog.type()).toBe("beforeunload");
    await unloadDialog.dismiss();
    expect(page.isClosed()).toBe(false);

    // A link inside the app: our question, in the user's language. Staying keeps the draft…
    const back = page.getByRole("link", { name: "Back to the investment" });
    const messages: string[] = [];
    page.once("dialog", (dialog) => {
      messages.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await back.click();
    expect(messages).toEqual(["confirm: 1 month has unsaved changes. Leave this page and lose them?"]);
    await expect(page).toHaveURL(s.url);
    await expect(field("Note")).toHaveValue("Typed on a phone (draft)");

    // …and asking again proves the first click went nowhere; leaving goes.
    page.once("dialog", (dialog) => {
      messages.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.accept();
    });
    await back.click();
    expect(messages).toHaveLength(2);
    await expect(page).toHaveURL(s.investmentUrl);
    await expect(page.getByRole("heading", { name: "Courier app" })).toBeVisible();
    const draft = await db().actualMonth.findUniqueOrThrow({
      where: { investmentId_month: { investmentId: s.investment.id, month: periodToDate(s.month(2)) } },
    });
    expect(draft.note).toBe("Typed on a phone");
  });

  test("a viewer reads the same months one at a time, with nothing to edit", async ({ page }) => {
    const s = await investmentWithGap();
    await signInViaApi(page, s.viewer.email, s.viewer.password);
    await page.goto(s.url);
    const form = page.getByTestId("actuals-month-form");
    await expect(form.getByRole("heading", { name: new RegExp(formatPeriod(s.month(2), "en")) })).toBeVisible();
    await expect(form.getByRole("textbox")).toHaveCount(0);
    await expect(page.getByText("You can view these figures; editors can change them.")).toBeVisible();

    // The next month by keyboard: a recorded one, with its figures.
    await tabTo(page, form.getByRole("button", { name: /^Next month/ }));
    await page.keyboard.press("Enter");
    await expect(form.getByLabel("Month", { exact: true })).toHaveValue(s.month(3));
    await expect(form.getByRole("definition").first()).toContainText("€150.00");
    await expect(form.locator("[data-status]")).toHaveText("Recorded");
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });
});

test.describe("at desktop width", () => {
  test.use({ viewport: DESKTOP });

  test("the table stays, and leaving it with an unsaved row asks too", async ({ page }) => {
    const s = await investmentWithGap();
    const missing = formatPeriod(s.month(2), "en");
    await signInViaApi(page, s.owner.email, s.owner.password);
    await page.goto(s.url);
    await expect(page.getByTestId("actuals-grid")).toBeVisible();
    await expect(page.getByTestId("actuals-month-form")).toHaveCount(0);
    await expect(page.getByRole("row", { name: new RegExp(missing) })).toContainText("Missing");

    await page.getByLabel(`Actual cost, ${missing}`).fill("10");
    await expect(page.getByTestId("unsaved-months")).toContainText(`1 month has unsaved changes: ${missing}`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("link", { name: "Back to the investment" }).click();
    await expect(page).toHaveURL(s.investmentUrl);
  });
});
