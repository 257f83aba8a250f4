import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

export type MailAttachment = { filename: string; content: Buffer; contentType: string };
/** `to` may list several addresses: they all receive one and the same message. */
export type Mail = { to: string | string[]; subject: string; text: string; html?: string; attachments?: MailAttachment[] };

const FROM = () => process.env.MAIL_FROM ?? "Realised <no-reply@realised.local>";

function smtpTransport() {
  if (process.env.SMTP_URL) return nodemailer.createTransport(process.env.SMTP_URL);
  if (!process.env.SMTP_HOST) return null;
  return nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port: Number.parseInt(process.env.SMTP_PORT ?? "587", 10),
    secure: process.env.SMTP_SECURE === "true",
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD ?? "" } : undefined,
    // Local sinks in tests and dev use self-signed or no TLS.
    tls: { rejectUnauthorized: process.env.SMTP_TLS_REJECT_UNAUTHORIZED !== "false" },
  });
}

/**
 * Sends through SMTP when configured. Without SMTP the mail is printed and written to
 * `.data/mail/` so a demo user can still follow invitation and reset links.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const transport = smtpTransport();
  if (transport) {
    await transport.sendMail({ from: FROM(), ...mail });
    return;
  }
  const dir = path.join(process.cwd(), ".data", "mail");
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const to = [mail.to].flat().join(", ");
  const file = path.join(dir, `${stamp}-${to.replace(/[^a-z0-9@.-]/gi, "_").slice(0, 120)}.txt`);
  const attached = (mail.attachments ?? []).map((a) => `Attachment: ${a.filename} (${a.contentType}, ${a.content.length} bytes)\n`).join("");
  const body = `From: ${FROM()}\nTo: ${to}\nSubject: ${mail.subject}\n${attached}\n${mail.text}\n`;
  await writeFile(file, body);
  for (const attachment of mail.attachments ?? []) await writeFile(`${file.slice(0, -4)}-${attachment.filename.replace(/[^a-z0-9.-]/gi, "_")}`, attachment.content);
  console.log(`\n[mail] (no SMTP configured, saved to ${path.relative(process.cwd(), file)})\n${body}`);
}

export const appUrl = () => (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
