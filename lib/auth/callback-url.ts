const SAME_SITE = "http://same-site.invalid";

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeCallbackUrl(value: string | undefined | null, fallback = "/workspaces"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Browsers drop tabs/newlines and read "\" as "/", so "/\t/evil.com" means //evil.com:
  // resolve it the way a browser would and keep it only when it stays on our origin and
  // cannot be normalised into a protocol-relative path ("/..//evil.com").
  let url: URL;
  try {
    url = new URL(value, SAME_SITE);
  } catch {
    return fallback;
  }
  return url.origin === SAME_SITE && !url.pathname.startsWith("//") ? value : fallback;
}
