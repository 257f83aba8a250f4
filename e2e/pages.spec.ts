import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { hashToken } from "@/lib/auth/tokens";
import { DEMO_LOGIN } from "@/prisma/seed";
import { pageRoutes, workspacePageRoutes } from "./support/app-pages";
import { db, shot, signInViaApi } from "./support/fixtures";

/**
 * Every page, at a phone's 390 × 844 and a laptop's 1366 × 768: the page itself never
 * scrolls sideways (tables scroll inside their own region), axe finds no serious or
 * critical WCAG 2.2 AA violation (charts included), and a full-page screenshot is kept
 * in e2e/output/screenshots/pages/ for a person to look at.
 */
const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1366, height: 768 },
] as const;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SLUG = "fietsenwinkel-jansen";
const RAW = { share: "e2e-pages-share-token-0123456789abcdef", invite: "e2e-pages-invite-token-0123456789abcdef", reset: "e2e-pages-reset-token-0123456789abcdef" };

/** The elements that stick out to the right of the viewport, for the failure message. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest("[data-scroll-region], .overflow-x-auto, .overflow-auto"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
}

async function checkPage(page: Page, name: string, { notFound = false } = {}) {
  await page.waitForLoadState("networkidle");
  if (!notFound) await expect(page.getByText("Page not found")).toHaveCount(0);
  const { scrollWidth, width, culprits } = await overflow(page);
  expect(scrollWidth, `${name}: the page is ${scrollWidth} px wide at ${width} px (${culprits.join(" | ")})`).toBeLessThanOrEqual(width);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious, `${name}: axe`).toEqual([]);
  await shot(page, `pages/${name}`);
}

type Demo = { investmentId: string; foreignInvestmentId: string; period: string };
let demo: Demo;

test.beforeAll(async () => {
  const workspace = await db().workspace.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  const latest = await db().actualMonth.findFirstOrThrow({
    where: { workspaceId: workspace.id, investment: { archivedAt: null } },
    orderBy: { month: "desc" },
    select: { month: true, investmentId: true },
  });
  const foreign = await db().investment.findFirstOrThrow({ where: { workspace: { slug: "vertaalbureau-lingua" } }, select: { id: true } });
  demo = { investmentId: latest.investmentId, foreignInvestmentId: foreign.id, period: latest.month.toISOString().slice(0, 7) };
  const owner = await db().user.findUniqueOrThrow({ where: { email: DEMO_LOGIN.email }, select: { id: true } });
  const expiresAt = new Date(Date.now() + 7 * 86_400_000);
  await db().shareLink.deleteMany({ where: { tokenHash: hashToken(RAW.share) } });
  await db().shareLink.create({ data: { workspaceId: workspace.id, label: "Bank", tokenHash: hashToken(RAW.share), expiresAt, createdById: owner.id } });
  await db().invitation.deleteMany({ where: { tokenHash: hashToken(RAW.invite) } });
  await db().invitation.create({ data: { workspaceId: workspace.id, email: "accountant@example.com", role: "viewer", tokenHash: hashToken(RAW.invite), expiresAt, invitedById: owner.id } });
  await db().passwordResetToken.deleteMany({ where: { tokenHash: hashToken(RAW.reset) } });
  await db().passwordResetToken.create({ data: { userId: owner.id, tokenHash: hashToken(RAW.reset), expiresAt } });
});

const workspaceUrl = (route: string) =>
  `/w/${SLUG}${route.replace("[id]", demo.investmentId).replace("[period]", demo.period)}`;

/** Signed-in pages: every workspace page (from the file system), the overview, the API docs. */
const signedIn = () => [
  ...workspacePageRoutes().map((route) => ({ name: `w${route.replace(/[[\]]/g, "").replaceAll("/", "-") || "-overview"}`, url: () => workspaceUrl(route) })),
  { name: "w-lingua-dashboard", url: () => "/w/vertaalbureau-lingua" },
  { name: "w-lingua-investment", url: () => `/w/vertaalbureau-lingua/investments/${demo.foreignInvestmentId}` },
  { name: "workspaces", url: () => "/workspaces" },
  { name: "docs-api", url: () => "/docs/api" },
];

/** Pages for people who are not signed in: sign-in, sign-up, reset, invitations, share links. */
const anonymous = () => [
  ...pageRoutes(path("(auth)"))
    .filter((route) => !route.includes("[token]"))
    .map((route) => ({ name: `auth${route.replaceAll("/", "-")}`, url: () => route })),
  { name: "auth-reset-token", url: () => `/reset/${RAW.reset}` },
  { name: "auth-invite-token", url: () => `/invite/${RAW.invite}` },
  { name: "share-workspace", url: () => `/share/${RAW.share}` },
  { name: "not-found", url: () => "/no-such-page", notFound: true },
];

function path(group: string) {
  return `app/${group}`;
}

test("the sweep covers every page of the app", () => {
  const all = [...pageRoutes("app")].sort();
  const covered = new Set([
    ...workspacePageRoutes().map((r) => `/w/[slug]${r}`),
    "/workspaces",
    "/docs/api",
    ...pageRoutes(path("(auth)")),
    "/share/[token]",
    "", // app/page.tsx only redirects
  ]);
  expect(all.filter((route) => !covered.has(route))).toEqual([]);
});

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const entry of signedIn()) {
      test(`signed in: ${entry.name}`, async ({ page }) => {
        await signInViaApi(page, DEMO_LOGIN.email, DEMO_LOGIN.password);
        const response = await page.goto(entry.url());
        expect(response?.status()).toBe(200);
        await checkPage(page, `${entry.name}-${size.name}`);
      });
    }

    for (const entry of anonymous()) {
      test(`public: ${entry.name}`, async ({ page }) => {
        const notFound = "notFound" in entry;
        const response = await page.goto(entry.url());
        expect(response?.status()).toBe(notFound ? 404 : 200);
        await checkPage(page, `${entry.name}-${size.name}`, { notFound });
      });
    }
  });
}
