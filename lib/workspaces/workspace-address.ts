import { randomInt } from "node:crypto";

// A new workspace's address is the slug asked for plus a short random ending
// ("acme" → "acme-k3f9x"), always. So creating a workspace answers the same whether or
// not another, invisible workspace already uses that slug: the address reveals nothing.

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
export const SUFFIX_LENGTH = 5;
/** Slugs are at most 48 characters; the ending and its hyphen take 6 of them. */
const MAX_BASE_LENGTH = 48 - (SUFFIX_LENGTH + 1);

/** Five random characters of [a-z0-9], from the platform's secure generator. */
export function randomSuffix(): string {
  return Array.from({ length: SUFFIX_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** The address for a requested (already valid) slug: cut to fit, then the random ending. */
export function workspaceAddress(requested: string, suffix: string = randomSuffix()): string {
  const base = requested.slice(0, MAX_BASE_LENGTH).replace(/-+$/, "");
  return `${base}-${suffix}`;
}
