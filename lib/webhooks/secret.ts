import { randomBytes } from "node:crypto";

// Standard Webhooks secrets: "whsec_" + base64 of the key. The receiver's library strips
// the prefix and base64-decodes the rest to get the HMAC key, so this is the format every
// Standard Webhooks verifier accepts as it is.

export const SECRET_PREFIX = "whsec_";
/** 32 random bytes: the HMAC-SHA256 key size, more than enough against guessing. */
export const SECRET_BYTES = 32;

export const newWebhookSecret = () => `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString("base64")}`;

/** The HMAC key of a secret (the bytes after "whsec_"). */
export function secretKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error("A webhook secret starts with whsec_");
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), "base64");
  if (key.length === 0) throw new Error("A webhook secret needs a key after whsec_");
  return key;
}

/** How long the previous secret keeps signing after a rotation, so receivers can switch without missing a delivery. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

/** The secrets that sign a delivery at `now`: the current one, and the previous one during its grace period. */
export function signingSecrets(endpoint: { secret: string; previousSecret: string | null; previousSecretUntil: Date | null }, now: Date): string[] {
  const previousValid = endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil.getTime() > now.getTime();
  return previousValid ? [endpoint.secret, endpoint.previousSecret as string] : [endpoint.secret];
}
