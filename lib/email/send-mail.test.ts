import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { appUrl, sendMail } from "./send-mail";
import { invitationMail, passwordResetMail } from "./templates";

const MAIL_ENV = ["SMTP_URL", "SMTP_HOST", "MAIL_FROM", "APP_URL", "NEXTAUTH_URL"] as const;
const saved = Object.fromEntries(MAIL_ENV.map((key) => [key, process.env[key]]));
const restoreEnv = () => {
  for (const key of MAIL_ENV) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
};

beforeEach(() => {
  for (const key of MAIL_ENV) delete process.env[key];
});
afterEach(() => {
  restoreEnv();
  vi.restoreAllMocks();
});

describe("sendMail without SMTP", () => {
  const dir = path.join(process.cwd(), ".data", "mail");
  const created: string[] = [];
  afterAll(async () => {
    await Promise.all(created.map((file) => rm(file, { force: true })));
  });

  it("writes the mail to .data/mail and prints it, so demo users can follow the link", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const to = `file-${Date.now()}@example.test`;
    const link = `http://localhost:3000/invite/${"t".repeat(43)}`;
    await sendMail({ to, subject: "Invitation", text: `Accept here:\n${link}\n` });

    const files = (await readdir(dir)).filter((name) => name.includes(to));
    created.push(...files.map((name) => path.join(dir, name)));
    expect(files).toHaveLength(1);
    const body = await readFile(path.join(dir, files[0]), "utf8");
    expect(body).toContain(`To: ${to}`);
    expect(body).toContain("Subject: Invitation");
    expect(body).toContain(link);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(link));
  });

  it("keeps odd characters of the address out of the file name", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const marker = `odd-${Date.now()}`;
    await sendMail({ to: `${marker}/../../x@example.test`, subject: "S", text: "T" });
    const files = (await readdir(dir)).filter((name) => name.includes(marker));
    created.push(...files.map((name) => path.join(dir, name)));
    expect(files).toHaveLength(1);
    expect(files[0]).not.toContain("/");
  });
});

describe("sendMail with SMTP", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());

  it("delivers through the SMTP server named in SMTP_URL (read at send time)", async () => {
    process.env.SMTP_URL = sink.url;
    process.env.MAIL_FROM = "Realised Test <test@realised.local>";
    await sendMail({ to: "Someone@Example.test", subject: "Hallo", text: "Link: https://app.test/reset/abc" });
    const [mail] = sink.mailsTo("someone@example.test");
    expect(mail).toMatchObject({ subject: "Hallo" });
    expect(mail.text).toContain("https://app.test/reset/abc");
  });
});

describe("templates", () => {
  it("writes invitations in the workspace's language", () => {
    const base = {
      to: "a@b.test",
      inviterName: "Ann",
      workspaceName: "Bakkerij",
      role: "editor",
      link: "http://x/invite/t",
    };
    expect(invitationMail({ ...base, locale: "nl-NL" }).subject).toBe("Uitnodiging voor Bakkerij op Realised");
    expect(invitationMail({ ...base, locale: "en" }).subject).toBe("Invitation to Bakkerij on Realised");
    expect(invitationMail({ ...base, locale: "nl-NL" }).text).toContain(base.link);
  });

  it("writes reset mails in the user's language, English when unknown", () => {
    expect(passwordResetMail({ to: "a@b.test", link: "L", locale: "nl" }).subject).toBe(
      "Je wachtwoord opnieuw instellen voor Realised",
    );
    expect(passwordResetMail({ to: "a@b.test", link: "L", locale: null }).subject).toBe("Reset your Realised password");
  });

  it("builds links on APP_URL without a trailing slash", () => {
    process.env.APP_URL = "https://realised.example/";
    expect(appUrl()).toBe("https://realised.example");
    delete process.env.APP_URL;
    process.env.NEXTAUTH_URL = "http://localhost:4000";
    expect(appUrl()).toBe("http://localhost:4000");
    delete process.env.NEXTAUTH_URL;
    expect(appUrl()).toBe("http://localhost:3000");
  });
});
