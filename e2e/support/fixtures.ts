import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";

const baseUrl = process.env.E2E_BASE_URL ?? "";
if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(baseUrl)) {
  throw new Error("e2e tests run through `npm run test:e2e` against a local app only");
}
const dbHost = new URL(process.env.DATABASE_URL ?? "postgresql://invalid").hostname;
if (!["127.0.0.1", "localhost"].includes(dbHost)) throw new Error("Refusing to run e2e against a database that is not on localhost");

export const db = () => getDb();
export { createUser, createWorkspace };

/** Signs in through next-auth's credentials endpoint: fast, and the same cookie the UI gets. */
export async function signInViaApi(page: Page, email: string, password: string) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true", callbackUrl: "/workspaces" },
  });
  if (!response.ok()) throw new Error(`Sign-in failed: ${response.status()}`);
}

type Mail = { to: string[]; subject: string; text: string };

/** Waits for a mail to `to` in the SMTP sink that scripts/e2e.ts runs. */
export async function waitForMail(to: string, timeoutMs = 15_000): Promise<Mail> {
  const dir = process.env.E2E_MAIL_DIR ?? ".data/e2e-mail";
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = readdirSync(dir).sort().reverse();
    for (const file of files) {
      const mail = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Mail;
      if (mail.to.includes(to.toLowerCase())) return mail;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
}

/** Every mail to `to` the SMTP sink has received so far (for counting: "exactly one"). */
export function mailsTo(to: string): Mail[] {
  const dir = process.env.E2E_MAIL_DIR ?? ".data/e2e-mail";
  return readdirSync(dir)
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Mail)
    .filter((mail) => mail.to.includes(to.toLowerCase()));
}

export function linkIn(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`No link in mail: ${text}`);
  return match[0];
}

export const shot = (page: Page, name: string) => page.screenshot({ path: `e2e/output/screenshots/${name}.png`, fullPage: true });
