// `npm run webhook:listen [-- --port 4000]`: a local webhook receiver for trying webhooks
// out. Register http://localhost:4000/ as an endpoint (http is allowed for localhost
// outside production), start this with the endpoint's secret in WEBHOOK_SECRET, and each
// delivery is printed after its Standard Webhooks signature was verified with the
// independent `standardwebhooks` package. A bad signature is answered 401 (and retried by
// Realised, as a real receiver would make it).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { Webhook } from "standardwebhooks";

const { values } = parseArgs({ options: { port: { type: "string", default: "4000" } } });
const secret = process.env.WEBHOOK_SECRET;
const verifier = secret ? new Webhook(secret) : null;
if (!verifier) console.warn("[webhook] WEBHOOK_SECRET is not set: deliveries are printed WITHOUT checking their signature");

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    try {
      const payload = verifier ? verifier.verify(body, headers) : JSON.parse(body);
      console.log(`[webhook] ${verifier ? "verified" : "UNVERIFIED"} ${headers["webhook-id"]}`, JSON.stringify(payload, null, 2));
      response.writeHead(204).end();
    } catch (error) {
      console.error(`[webhook] refused ${headers["webhook-id"] ?? "(no webhook-id)"}: ${error instanceof Error ? error.message : String(error)}`);
      response.writeHead(401).end();
    }
  });
});
server.listen(Number(values.port), "127.0.0.1", () => console.log(`[webhook] listening on http://localhost:${values.port}/`));
