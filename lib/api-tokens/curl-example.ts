/** The first request to try with a new token: reading its own workspace. */
export function curlExampleFor(baseUrl: string, slug: string, secret: string): string {
  return `curl -H "Authorization: Bearer ${secret}" ${baseUrl.replace(/\/$/, "")}/api/v1/workspaces/${encodeURIComponent(slug)}`;
}
