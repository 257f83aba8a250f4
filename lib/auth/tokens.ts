import { createHash, randomBytes } from "node:crypto";

/** A URL-safe random token; only its hash is stored, so a database leak reveals no links. */
export function createToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
