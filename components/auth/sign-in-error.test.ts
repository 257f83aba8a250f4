import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-error";

describe("signInErrorMessage", () => {
  it("has no message without a code", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
  });

  it("maps the known codes", () => {
    expect(signInErrorMessage("INVALID_CREDENTIALS")).toEqual({ key: "invalidCredentials" });
    expect(signInErrorMessage("SIGN_IN_UNAVAILABLE")).toEqual({ key: "signInUnavailable" });
    expect(signInErrorMessage("RATE_LIMITED:7")).toEqual({ key: "rateLimited", minutes: 7 });
    expect(signInErrorMessage("RATE_LIMITED:1")).toEqual({ key: "rateLimited", minutes: 1 });
  });

  it.each([
    "\nInvalid `prisma.user.findUnique()` invocation in\n/work/main/lib/auth/authenticate.ts:12:3\n\nCan't reach database server",
    "CredentialsSignin",
    "OAuthCallback",
    "invalid_credentials",
    "RATE_LIMITED:",
    "RATE_LIMITED:0",
    "RATE_LIMITED:-5",
    "RATE_LIMITED:99999",
    "RATE_LIMITED:3 <script>",
    "RATE_LIMITED:7\nmore",
    "<img src=x onerror=alert(1)>",
  ])("shows only the generic message for %j", (code) => {
    expect(signInErrorMessage(code)).toEqual({ key: "signInFailed" });
  });

  it("treats a repeated ?error= parameter as unknown", () => {
    expect(signInErrorMessage(["INVALID_CREDENTIALS", "x"])).toEqual({ key: "signInFailed" });
  });
});
