import { NextResponse, type NextRequest } from "next/server";
import { rejectRequest } from "@/lib/http/request-guards";
import { createNonce, currentEnvironment, securityHeaders } from "@/lib/http/security-headers";

/**
 * Runs before every page, action and route handler: refuses malformed, cross-origin and
 * oversized requests with a 4xx, and sets the security headers with a fresh CSP nonce.
 * Next.js reads the nonce from the request's Content-Security-Policy header and puts it
 * on its scripts, which is why every page renders dynamically.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const headers = securityHeaders({ nonce: createNonce(), pathname, environment: currentEnvironment(process.env.NODE_ENV) });
  const rejection = rejectRequest({ method: request.method, pathname, search, headers: request.headers });

  let response: NextResponse;
  if (rejection) {
    response = new NextResponse(rejection.message, { status: rejection.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  } else {
    const forwarded = new Headers(request.headers);
    forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not on build assets or optimised images: they carry no scripts and must stay cheap.
  matcher: ["/((?!_next/static/|_next/image|favicon.ico).*)"],
};
