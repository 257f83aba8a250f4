import { createHmac } from "node:crypto";
import { secretKey } from "./secret";

// Signing per the Standard Webhooks spec (https://www.standardwebhooks.com): the receiver
// recomputes HMAC-SHA256 over `${webhook-id}.${webhook-timestamp}.${body}` with its key
// and compares. The id is the event's stable id, so a receiver can drop a retry it already
// processed; the timestamp is the attempt's, so an old captured request cannot be replayed.

export type SignedHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

/** "v1,<base64 signature>" for one secret. */
export function signatureOf(secret: string, id: string, timestampSeconds: number, body: string): string {
  const digest = createHmac("sha256", secretKey(secret)).update(`${id}.${timestampSeconds}.${body}`, "utf8").digest("base64");
  return `v1,${digest}`;
}

/**
 * The three Standard Webhooks headers of one attempt. With several secrets (a rotation in
 * progress) each signs and the signatures are space separated: a receiver that knows
 * either secret accepts the delivery.
 */
export function signedHeaders(input: { id: string; now: Date; body: string; secrets: string[] }): SignedHeaders {
  if (input.secrets.length === 0) throw new Error("A webhook needs at least one secret to be signed");
  const timestamp = Math.floor(input.now.getTime() / 1000);
  return {
    "webhook-id": input.id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": input.secrets.map((secret) => signatureOf(secret, input.id, timestamp, input.body)).join(" "),
  };
}
