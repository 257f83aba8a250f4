import { safeCallbackUrl } from "./callback-url";

/**
 * next-auth's redirect callback: where to send the browser after sign-in or sign-out.
 * Absolute URLs on our own origin and same-site paths pass through safeCallbackUrl;
 * anything else (other origins, `//`, backslashes, CR/LF, non-ASCII) goes to the start
 * page. Never throws, so no callbackUrl can turn into a 500.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  let path = url;
  if (url.startsWith(`${base}/`) || url === base) path = url.slice(base.length) || "/";
  const safe = safeCallbackUrl(path, "/");
  // Only printable ASCII may go into a Location header.
  return /^[\x21-\x7e]*$/.test(safe) ? `${base}${safe}` : `${base}/`;
}
