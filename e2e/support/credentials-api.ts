import type { APIRequestContext } from "@playwright/test";

/**
 * One sign-in attempt through next-auth's credentials endpoint, as the sign-in form makes
 * it, from `clientIp` (sent as X-Forwarded-For; the e2e run trusts one proxy hop).
 * Returns next-auth's error code (e.g. "INVALID_CREDENTIALS", "RATE_LIMITED:15"), or
 * null when the attempt signed in (the context then holds the session cookie).
 */
export async function attemptSignIn(request: APIRequestContext, input: { email: string; password: string; clientIp: string }): Promise<string | null> {
  const headers = { "X-Forwarded-For": input.clientIp };
  const csrf = await request.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    headers,
    form: { email: input.email, password: input.password, csrfToken, json: "true", callbackUrl: "/workspaces" },
  });
  // next-auth answers 200 on success and 401 on a refused attempt, both with { url }.
  if (response.status() !== 200 && response.status() !== 401) throw new Error(`Sign-in request failed: ${response.status()} ${await response.text()}`);
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}
