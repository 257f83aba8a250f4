import { expect, test, type Page } from "@playwright/test";
import { createUser, linkIn, mailsTo, shot, signInViaApi, waitForMail } from "./support/fixtures";

const stamp = Date.now().toString(36);

/** Opens the newest sign-up confirmation mailed to `email`, confirms, and signs in on the page that follows. */
async function confirmSignUpFromMail(page: Page, email: string, password: string) {
  let link = "";
  await expect
    .poll(() => {
      const mail = mailsTo(email).find((m) => /\/sign-up\/confirm\//.test(m.text));
      link = mail ? linkIn(mail.text) : "";
      return link;
    })
    .toMatch(/\/sign-up\/confirm\/[A-Za-z0-9_-]{20,}$/);
  await page.goto(new URL(link).pathname);
  await shot(page, "sign-up-confirm");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Your account is ready.")).toBeVisible();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("sign up, create a workspace, invite a viewer who accepts, outsider gets 404, sign out", async ({ browser }) => {
  const ownerEmail = `owner-${stamp}@example.test`;
  const viewerEmail = `viewer-${stamp}@example.test`;
  const requestedSlug = `client-${stamp}`;

  // 1. The owner signs up through the UI.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await owner.goto("/sign-up");
  await owner.getByLabel("Name").fill("Olivia Owner");
  await owner.getByLabel("E-mail").fill(ownerEmail);
  await owner.getByLabel("Password").fill("short");
  await owner.getByRole("button", { name: "Create account" }).click();
  await expect(owner.getByText("Password must be at least 10 characters")).toBeVisible();
  await expect(owner.getByLabel("Password")).toBeFocused();
  await owner.getByLabel("Password").fill("a-good-password-1");
  await owner.getByRole("button", { name: "Create account" }).click();
  // The account exists once the mailed link is confirmed (sign-up never tells whether an address has one).
  await expect(owner.getByText(`we sent a link to ${ownerEmail}`)).toBeVisible();
  await shot(owner, "sign-up-check-inbox");
  await confirmSignUpFromMail(owner, ownerEmail, "a-good-password-1");
  await expect(owner).toHaveURL(/\/workspaces$/);
  await shot(owner, "workspaces-empty");

  // 2. Creates a client workspace.
  await owner.getByLabel("Name").fill("Client Test BV");
  await owner.getByLabel("Address (slug)").fill(requestedSlug);
  await owner.getByRole("button", { name: "Create workspace" }).click();
  // The address always gets a random ending, so it never tells whether another workspace exists.
  await expect(owner).toHaveURL(new RegExp(`/w/${requestedSlug}-[a-z0-9]{5}$`));
  const slug = new URL(owner.url()).pathname.split("/")[2];
  await expect(owner.getByRole("heading", { name: "Client Test BV" })).toBeVisible();
  await expect(owner.getByTestId("current-role")).toHaveText("Owner");

  // 3. Invites a viewer; the mail arrives at the SMTP sink.
  await owner.getByRole("link", { name: "Members" }).click();
  await owner.getByLabel("E-mail").fill(viewerEmail);
  await owner.getByLabel("Role", { exact: true }).selectOption("viewer");
  await owner.getByRole("button", { name: "Send invitation" }).click();
  await expect(owner.getByText("Invitation sent.")).toBeVisible();
  await expect(owner.getByText(viewerEmail)).toBeVisible();
  await shot(owner, "members-owner");
  const mail = await waitForMail(viewerEmail);
  expect(mail.subject).toContain("Client Test BV");
  const inviteLink = linkIn(mail.text);
  expect(inviteLink).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);

  // 4. The invitee opens the link, creates an account and accepts.
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await viewer.goto(new URL(inviteLink).pathname);
  await expect(viewer.getByRole("heading", { name: "Join Client Test BV" })).toBeVisible();
  await viewer.getByRole("link", { name: /Create an account to accept/ }).click();
  await viewer.getByLabel("Name").fill("Victor Viewer");
  await viewer.getByLabel("E-mail").fill(viewerEmail);
  await viewer.getByLabel("Password").fill("another-password-2");
  await viewer.getByRole("button", { name: "Create account" }).click();
  await confirmSignUpFromMail(viewer, viewerEmail, "another-password-2");
  await expect(viewer).toHaveURL(/\/invite\//);
  await viewer.getByRole("button", { name: "Accept invitation" }).click();
  await expect(viewer).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(viewer.getByTestId("current-role")).toHaveText("Viewer");

  // 5. The viewer cannot edit: no invite form, no settings, owner pages are 404.
  await viewer.getByRole("link", { name: "Members" }).click();
  await expect(viewer.getByRole("heading", { name: "Members" })).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(viewer.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
  await shot(viewer, "members-viewer");
  const settings = await viewer.goto(`/w/${slug}/settings`);
  expect(settings?.status()).toBe(404);
  // The invitation link is single use.
  await viewer.goto(new URL(inviteLink).pathname);
  await expect(viewer.getByText("This invitation has already been used.")).toBeVisible();

  // 6. An outsider gets 404, never the workspace's data.
  const outsider = await createUser((await import("./support/fixtures")).db());
  const outsiderContext = await browser.newContext();
  const outsiderPage = await outsiderContext.newPage();
  await signInViaApi(outsiderPage, outsider.email, outsider.password);
  const response = await outsiderPage.goto(`/w/${slug}`);
  expect(response?.status()).toBe(404);
  await expect(outsiderPage.getByText("Page not found")).toBeVisible();
  await expect(outsiderPage.getByText("Client Test BV")).toHaveCount(0);

  // 7. Sign out: protected pages send you to sign in.
  await owner.getByRole("button", { name: "Sign out" }).click();
  await expect(owner).toHaveURL(/\/sign-in/);
  await owner.goto("/workspaces");
  await expect(owner).toHaveURL(/\/sign-in\?callbackUrl=/);

  // The owner sees the audit trail of all this.
  await signInViaApi(owner, ownerEmail, "a-good-password-1");
  await owner.goto(`/w/${slug}/audit`);
  await expect(owner.getByText("Joined the workspace as Viewer, through an invitation").first()).toBeVisible();
  await expect(owner.getByText(`Invited ${viewerEmail} as Viewer`).first()).toBeVisible();
  await shot(owner, "audit-log");
});

test("wrong password shows a clear message, in Dutch when the browser prefers Dutch", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL", extraHTTPHeaders: { "Accept-Language": "nl-NL,nl;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  await page.getByLabel("E-mailadres").fill("nobody@example.test");
  await page.getByLabel("Wachtwoord").fill("wrong-password-1");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Het e-mailadres of wachtwoord klopt niet.")).toBeVisible();
  await shot(page, "sign-in-nl-error");
});
