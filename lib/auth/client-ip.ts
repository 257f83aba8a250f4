/**
 * The request header that carries the client's address as our own server (scripts/start.ts)
 * determined it. It overwrites whatever a client sends under that name, so nothing a
 * client puts in a header can choose the address that rate limits count.
 */
export const CLIENT_IP_HEADER = "x-realised-client-ip";

/**
 * The client's address: the socket's peer, or, behind `trustedProxyHops` reverse proxies
 * of our own, the entry those proxies appended to X-Forwarded-For. Entries further left
 * are whatever the client claimed and are never used.
 */
export function resolveClientIp(input: { remoteAddress: string | undefined; forwardedFor: string | string[] | undefined; trustedProxyHops: number }): string | null {
  const forwarded = (Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : (input.forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, ...(input.remoteAddress ? [input.remoteAddress] : [])];
  const hops = Math.max(0, Math.floor(input.trustedProxyHops));
  // With more trusted hops than entries the request skipped a proxy: take the left-most we have.
  const address = chain[Math.max(0, chain.length - 1 - hops)] ?? null;
  return address ? normaliseIp(address) : null;
}

/** "::ffff:127.0.0.1" → "127.0.0.1", so one client has one key. */
function normaliseIp(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").slice(0, 64);
}

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = env.TRUSTED_PROXY_HOPS ?? "0";
  return /^\d{1,2}$/.test(value) ? Number(value) : 0;
}

/** The address our server stamped on a request, or null (dev server, tests). */
export function clientIpFromHeaders(headers: Headers | Record<string, unknown> | undefined): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  return typeof value === "string" && value.length > 0 && value.length <= 64 ? value : null;
}
