// A real local SMTP server that keeps what it receives, for tests that assert on mail.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; subject: string; text: string; attachments: { filename?: string; contentType: string; size: number }[] };

/** `saveDir` also writes each mail as JSON, for tests running in another process (e2e). */
export async function startSmtpSink(options: { port?: number; saveDir?: string } = {}) {
  const port = options.port ?? 0;
  if (options.saveDir) mkdirSync(options.saveDir, { recursive: true });
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to].flat().flatMap((a) => (a ? a.value.map((v) => (v.address ?? "").toLowerCase()) : []));
          const mail: ReceivedMail = {
            to,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            attachments: parsed.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size })),
          };
          mails.push(mail);
          if (options.saveDir) {
            writeFileSync(path.join(options.saveDir, `${Date.now()}-${mails.length}.json`), JSON.stringify(mail));
          }
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  return {
    port: boundPort,
    url: `smtp://127.0.0.1:${boundPort}`,
    mails,
    mailsTo: (email: string) => mails.filter((m) => m.to.includes(email.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first http(s) link in a mail body. */
export function extractLink(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`No link in mail:\n${text}`);
  return match[0];
}
