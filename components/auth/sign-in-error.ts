/**
 * What the sign-in page says for an error code from next-auth (`?error=` or signIn()'s
 * result). Only known codes get their own message; anything else, such as an exception's
 * text with server paths, becomes the generic one and is never shown.
 */
export type SignInErrorMessage =
  | { key: "invalidCredentials" }
  | { key: "rateLimited"; minutes: number }
  | { key: "signInUnavailable" }
  | { key: "signInFailed" };

const RATE_LIMITED = /^RATE_LIMITED:(\d{1,4})$/;

export function signInErrorMessage(code: string | string[] | null | undefined): SignInErrorMessage | null {
  if (code === null || code === undefined || code === "") return null;
  if (code === "INVALID_CREDENTIALS") return { key: "invalidCredentials" };
  if (code === "SIGN_IN_UNAVAILABLE") return { key: "signInUnavailable" };
  const minutes = typeof code === "string" ? Number(RATE_LIMITED.exec(code)?.[1] ?? 0) : 0;
  if (minutes > 0) return { key: "rateLimited", minutes };
  return { key: "signInFailed" };
}
