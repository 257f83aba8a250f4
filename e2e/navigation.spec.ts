import { expect, test, type Page } from "@playwright/test";
import { recentWorkspacesStorageKey } from "@/lib/navigation/recent-workspaces";
import { createUser, createWorkspace, db, signInViaApi } from "./support/fixtures";

// Getting around: the skip link, the command palette (Ctrl+K), the phone menu and the
// recently opened workspaces in the switcher.

const PHONE = { width: 390, height: 844 };

const createInvestment = (workspaceId: string, name: string) =>
  db().investment.create({
    data: {
      workspaceId,
      name,
      startMonth: new Date(Date.UTC(2026, 0, 1)),
      horizonMonths: 12,
      plan: { costs: [], benefits: [] },
    },
    select: { id: true },
  });

async function ownerOf(page: Page, ...names: string[]) {
  const user = await createUser(db());
  const workspaces = [];
  for (const name of names)
    workspaces.push(await createWorkspace(db(), { name, members: [{ userId: user.id, role: "owner" }] }));
  await signInViaApi(page, user.email, user.password);
  return { user, workspaces };
}

const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test("the skip link is the first Tab stop and moves focus to the main content", async ({ page }) => {
  const {
    workspaces: [workspace],
  } = await ownerOf(page, "Skip Link Client");
  await page.goto(`/w/${workspace.slug}/members`);

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  // Hidden until focused (sr-only is a 1×1 box), then shown.
  expect((await skip.boundingBox())?.width).toBeGreaterThan(50);

  await page.keyboard.press("Enter");
  const main = page.getByRole("main");
  await expect(main).toBeFocused();
  await expect(main).toHaveAttribute("id", "main-content");
  // The next Tab goes on inside the main content, past the top bar.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement))).toBe(true);

  // The current page is marked in the workspace nav, for assistive technology too.
  await expect(
    page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Members" }),
  ).toHaveAttribute("aria-current", "page");

  // Pages outside the app have it as well, and one main landmark.
  await page.context().clearCookies();
  await page.goto("/docs/api");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expect(page.getByRole("main")).toHaveCount(1);
  // Also once Scalar's interactive reference, which brings a <main> of its own, has loaded.
  await expect(page.locator("main.references-rendered")).toHaveAttribute("role", "region", { timeout: 45_000 });
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveAttribute("id", "main-content");
});

test("Ctrl+K opens the palette; typing an investment's name and Enter opens it, and only the user's own are found", async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const {
    workspaces: [workspace],
  } = await ownerOf(page, `Palette Client ${suffix}`);
  await createInvestment(workspace.id, `Zeppelin dock ${suffix}`);
  const hangar = await createInvestment(workspace.id, `Zeppelin hangar ${suffix}`);
  // Someone else's investment with a matching name never shows up.
  const stranger = await createUser(db());
  const secret = await createWorkspace(db(), {
    name: `Stranger ${suffix}`,
    members: [{ userId: stranger.id, role: "owner" }],
  });
  await createInvestment(secret.id, `Zeppelin secret ${suffix}`);

  await page.goto("/workspaces");
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Go to" });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole("combobox", { name: "Find a page, workspace or investment" });
  await expect(input).toBeFocused();

  await input.fill(`zeppelin ${suffix}`.toUpperCase());
  const options = dialog.getByRole("option");
  await expect(options).toHaveText([new RegExp(`Zeppelin dock ${suffix}`), new RegExp(`Zeppelin hangar ${suffix}`)]);
  await expect(page.getByTestId("palette-status")).toHaveText("2 results");
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");

  await input.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id")) ?? "missing");
  await input.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/${workspace.slug}/investments/${hangar.id}$`));
  await expect(page.getByRole("heading", { name: `Zeppelin hangar ${suffix}` })).toBeVisible();
  await expect(dialog).toBeHidden();

  // The visible button opens it too; a name nobody has says so; Escape closes it and
  // gives focus back to the button.
  const button = page.getByRole("button", { name: /Search…/ });
  await button.click();
  await input.fill("secret");
  await expect(page.getByTestId("palette-status")).toHaveText("No matches");
  await expect(options).toHaveCount(0);
  await input.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the menu button holds the switcher, language and sign-out; the nav scrolls inside itself", async ({ page }) => {
    const {
      workspaces: [first, second],
    } = await ownerOf(page, "Phone Client One", "Phone Client Two");
    await page.goto(`/w/${first.slug}/audit`);

    const menu = page.getByRole("button", { name: "Menu" });
    const switcher = page.getByRole("combobox", { name: "Switch workspace" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(switcher).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();

    // By keyboard: open, Tab into the switcher, Escape closes and returns focus.
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(switcher).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Language" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(switcher).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(switcher).toBeHidden();

    // The owner's 14 tabs are one row that scrolls by itself; the current one is in view.
    const nav = page.getByRole("navigation", { name: "Workspace" });
    const audit = nav.getByRole("link", { name: "Audit log" });
    await expect(audit).toHaveAttribute("aria-current", "page");
    await expect(audit).toBeInViewport();
    const navBox = await nav.boundingBox();
    expect(navBox?.height).toBeLessThan(80);
    expect(await pageScrollsSideways(page)).toBe(false);

    // The switcher in the menu takes you to another workspace, which closes the menu.
    await menu.click();
    await switcher.selectOption(second.slug);
    await expect(page).toHaveURL(new RegExp(`/w/${second.slug}$`));
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(await pageScrollsSideways(page)).toBe(false);
  });
});

test("the workspaces opened last come first in the switcher, and only the user's own", async ({ page }) => {
  const {
    user,
    workspaces: [alpha, , gamma],
  } = await ownerOf(page, "Recent Alpha", "Recent Beta", "Recent Gamma");
  const switcher = page.getByRole("combobox", { name: "Switch workspace" });
  const recent = switcher.locator('optgroup[label="Recent"] option');

  await page.goto("/workspaces");
  await expect(switcher).toBeVisible();
  await expect(recent).toHaveCount(0);

  await page.goto(`/w/${gamma.slug}`);
  await expect(recent).toHaveText(["Recent Gamma"]);
  await page.goto(`/w/${alpha.slug}/members`);
  await expect(recent).toHaveText(["Recent Alpha", "Recent Gamma"]);
  // The full list is still there, in name order.
  await expect(switcher.locator('optgroup[label="Your workspaces"] option')).toHaveText([
    "Recent Alpha",
    "Recent Beta",
    "Recent Gamma",
  ]);

  // A slug that is not one of the user's (stale, or planted) is never shown.
  await page.evaluate(([key, slugs]) => window.localStorage.setItem(key, JSON.stringify(slugs)), [
    recentWorkspacesStorageKey(user.id),
    ["someone-elses-client", gamma.slug],
  ] as const);
  await page.goto("/workspaces");
  await expect(recent).toHaveText(["Recent Gamma"]);
});
