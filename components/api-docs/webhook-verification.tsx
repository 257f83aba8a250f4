import { useTranslations } from "next-intl";
import { CodeBlock } from "./code-block";
import { richTags } from "./rich-text";

/** A receiver in plain Node: the signature covers the raw body, so it is read as text. */
export const WEBHOOK_VERIFY_EXAMPLE = `// npm install standardwebhooks
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

// The endpoint's secret from the Webhooks page: "whsec_…"
const webhook = new Webhook(process.env.REALISED_WEBHOOK_SECRET);

createServer((req, res) => {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    try {
      // Checks webhook-signature over the raw body, and that webhook-timestamp is recent.
      const event = webhook.verify(body, req.headers);
      // webhook-id is the same on every retry: skip ids you have already handled.
      console.log(req.headers["webhook-id"], event.type, event.data);
      res.writeHead(204).end();
    } catch {
      res.writeHead(401).end(); // not signed by Realised: ignore it
    }
  });
}).listen(4000);
`;

export type ReferenceEvent = { type: string; summary: string };

export function WebhookVerification({ events }: { events: ReferenceEvent[] }) {
  const t = useTranslations("apiDocs.webhooks");
  return (
    <section id="webhooks" aria-labelledby="webhooks-title" className="scroll-mt-4 space-y-3">
      <h2 id="webhooks-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-gray-800">{t.rich("intro", richTags)}</p>
      <p className="text-gray-800">{t.rich("verify", richTags)}</p>
      <CodeBlock code={WEBHOOK_VERIFY_EXAMPLE} label={`${t("title")} · Node.js`} />
      <p className="text-gray-800">{t("rotation")}</p>
      {events.length > 0 ? (
        <>
          <h3 id="webhook-events-title" className="font-semibold">
            {t("events")}
          </h3>
          <dl aria-labelledby="webhook-events-title" className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {events.map((event) => (
              <div key={event.type} className="contents">
                <dt className="font-mono text-gray-900">{event.type}</dt>
                <dd className="mb-2 text-gray-700 sm:mb-0">{event.summary}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
