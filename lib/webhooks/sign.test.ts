import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { pinClock } from "@/tests/support/pinned-clock";
import { newWebhookSecret, secretKey, signingSecrets } from "./secret";
import { signatureOf, signedHeaders } from "./sign";

// Signatures are checked with the independent `standardwebhooks` package, as a receiver
// would. It refuses timestamps more than 5 minutes from its clock, so the clock is pinned
// to the signing moment (an injected one, not today).
const NOW = new Date("2026-03-05T09:30:00Z");
let unpin: (() => void) | null = null;
afterEach(() => {
  unpin?.();
  unpin = null;
});

const body = JSON.stringify({ type: "webhook.test", timestamp: NOW.toISOString(), data: { endpointId: "e1", message: "Hallo ✓", requestedBy: "Olga" } });

describe("webhook secrets", () => {
  it('are "whsec_" with 32 random bytes in base64, different every time', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(secretKey(a)).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(a);
  });

  it("refuse anything without the prefix", () => {
    expect(() => secretKey("abc")).toThrow(/whsec_/);
  });
});

describe("signedHeaders", () => {
  it("is accepted by the standardwebhooks library, with integer seconds and the event id", () => {
    const secret = newWebhookSecret();
    const headers = signedHeaders({ id: "msg_abc", now: NOW, body, secrets: [secret] });
    expect(headers["webhook-id"]).toBe("msg_abc");
    expect(headers["webhook-timestamp"]).toBe(String(NOW.getTime() / 1000));
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    unpin = pinClock(NOW);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("is refused for another secret, another body or another id", () => {
    const secret = newWebhookSecret();
    const headers = signedHeaders({ id: "msg_abc", now: NOW, body, secrets: [secret] });
    unpin = pinClock(NOW);
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow(/No matching signature/);
    expect(() => new Webhook(secret).verify(body.replace("Olga", "Mallory"), headers)).toThrow(/No matching signature/);
    expect(() => new Webhook(secret).verify(body, { ...headers, "webhook-id": "msg_other" })).toThrow(/No matching signature/);
  });

  it("during a rotation signs with both secrets, so a receiver with either one verifies", () => {
    const current = newWebhookSecret();
    const previous = newWebhookSecret();
    const endpoint = { secret: current, previousSecret: previous, previousSecretUntil: new Date(NOW.getTime() + 60_000) };
    const headers = signedHeaders({ id: "msg_rot", now: NOW, body, secrets: signingSecrets(endpoint, NOW) });
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    unpin = pinClock(NOW);
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("drops the previous secret once its 24 hours are over", () => {
    const endpoint = { secret: newWebhookSecret(), previousSecret: newWebhookSecret(), previousSecretUntil: NOW };
    expect(signingSecrets(endpoint, NOW)).toEqual([endpoint.secret]);
    expect(signingSecrets({ ...endpoint, previousSecretUntil: new Date(NOW.getTime() + 1) }, NOW)).toEqual([endpoint.secret, endpoint.previousSecret]);
  });

  it("matches the library's own signature byte for byte", () => {
    const secret = newWebhookSecret();
    expect(signatureOf(secret, "msg_x", NOW.getTime() / 1000, body)).toBe(new Webhook(secret).sign("msg_x", NOW, body));
  });
});
