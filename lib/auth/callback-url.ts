const SAME_SITE = "http://same-site.invalid";
// Printable ASCII without the backslash: no spaces, controls (CR, LF, tab, NUL) or
// look-alikes such as "。" (U+3002) or "／" (U+FF0F) that a browser might fold into a dot or slash.
const PLAIN_PATH = /^\/[\x21-\x5b\x5d-\x7e]*$/;
const MAX_DECODE_ROUNDS = 4;

/**
 * Only same-site paths are followed after sign-in (and sign-out), never another origin.
 * Anything doubtful answers the fallback; this never throws.
 */
export function safeCallbackUrl(value: string | undefined | null, fallback = "/workspaces"): string {
  if (typeof value !== "string") return fallback;
  const decoded = fullyDecoded(value);
  if (decoded === null) return fallback;
  // Check the value as given and as it reads once every layer of %-encoding is gone, so
  // "/%2F/evil.com", "/%5Cevil.com" and "/%0d%0a…" are refused like their plain forms.
  return [value, decoded].every(staysOnThisSite) ? value : fallback;
}

function staysOnThisSite(path: string): boolean {
  if (!PLAIN_PATH.test(path) || path.startsWith("//")) return false;
  // Dot segments can still normalise into a protocol-relative path ("/..//evil.com"):
  // resolve it the way a browser would and keep it only when it stays on our origin.
  try {
    const url = new URL(path, SAME_SITE);
    return url.origin === SAME_SITE && !url.pathname.startsWith("//");
  } catch {
    return false;
  }
}

/**
 * Percent-decodes until nothing changes. Null when the value's own encoding is broken or
 * nested too deep; a "%" that only appears after decoding ("100%25") is a literal percent.
 */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return round === 0 ? null : current;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}
