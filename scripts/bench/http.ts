// A signed-in HTTP client for the benchmark: a cookie jar, next-auth's credentials sign-in
// (as e2e/support/credentials-api.ts does it) and timed GETs that read the whole body.

export type Timed = { ms: number; status: number; bytes: number; contentType: string };

export class BenchSession {
  private cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private headers(extra: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return { ...(cookie ? { cookie } : {}), ...extra };
  }

  /** GET with the session's cookies; the time runs from sending to the last byte of the body. */
  async get(pathname: string): Promise<Timed> {
    const started = process.hrtime.bigint();
    const response = await fetch(`${this.baseUrl}${pathname}`, { headers: this.headers(), redirect: "manual" });
    const body = await response.arrayBuffer();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    this.remember(response);
    return {
      ms,
      status: response.status,
      bytes: body.byteLength,
      contentType: response.headers.get("content-type") ?? "",
    };
  }

  /** next-auth credentials flow: CSRF token, then the callback; throws unless the session cookie is set. */
  async signIn(email: string, password: string) {
    const csrf = await fetch(`${this.baseUrl}/api/auth/csrf`, { headers: this.headers() });
    this.remember(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${this.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: this.headers({ "content-type": "application/x-www-form-urlencoded" }),
      body: new URLSearchParams({ email, password, csrfToken, json: "true", callbackUrl: "/workspaces" }),
      redirect: "manual",
    });
    this.remember(response);
    const { url } = (await response.json()) as { url?: string };
    const error = url ? new URL(url).searchParams.get("error") : "no url";
    if (response.status !== 200 || error)
      throw new Error(`Sign-in of ${email} failed: ${response.status} ${error ?? ""}`);
    if (![...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token")))
      throw new Error(`Sign-in of ${email} set no session cookie`);
  }
}
