import { describe, expect, it } from "vitest";
import { curlExampleFor } from "./curl-example";
import { mayCreateApiTokens, mayRevokeApiToken } from "./permissions";
import { apiTokenState } from "./token-state";

const NOW = new Date("2026-03-10T12:00:00.000Z");
const live = { revokedAt: null, expiresAt: null };

describe("apiTokenState", () => {
  it("is active for a creator who is owner or editor, with no expiry or one still ahead", () => {
    expect(apiTokenState(live, "owner", NOW)).toBe("active");
    expect(apiTokenState({ revokedAt: null, expiresAt: new Date(NOW.getTime() + 1) }, "editor", NOW)).toBe("active");
  });

  it("expires at the expiry moment itself, as the gate does", () => {
    expect(apiTokenState({ revokedAt: null, expiresAt: NOW }, "owner", NOW)).toBe("expired");
  });

  it("stops when its creator is a viewer now, or no member at all", () => {
    expect(apiTokenState(live, "viewer", NOW)).toBe("creator-lost-access");
    expect(apiTokenState(live, null, NOW)).toBe("creator-lost-access");
  });

  it("says revoked before anything else, then expired", () => {
    expect(apiTokenState({ revokedAt: NOW, expiresAt: NOW }, null, NOW)).toBe("revoked");
    expect(apiTokenState({ revokedAt: null, expiresAt: NOW }, null, NOW)).toBe("expired");
  });
});

describe("who may manage tokens", () => {
  it("owners and editors create; viewers do not", () => {
    expect([mayCreateApiTokens("owner"), mayCreateApiTokens("editor"), mayCreateApiTokens("viewer")]).toEqual([true, true, false]);
  });

  it("owners revoke any token, editors their own, viewers none", () => {
    const token = { createdById: "u-1" };
    expect(mayRevokeApiToken({ role: "owner", userId: "u-2" }, token)).toBe(true);
    expect(mayRevokeApiToken({ role: "editor", userId: "u-1" }, token)).toBe(true);
    expect(mayRevokeApiToken({ role: "editor", userId: "u-2" }, token)).toBe(false);
    // A creator demoted to viewer cannot revoke even their own (an owner can).
    expect(mayRevokeApiToken({ role: "viewer", userId: "u-1" }, token)).toBe(false);
  });
});

describe("curlExampleFor", () => {
  it("reads the token's workspace, with the base URL's trailing slash dropped", () => {
    expect(curlExampleFor("https://app.example.com/", "acme-retail", "rlsd_abc")).toBe(
      'curl -H "Authorization: Bearer rlsd_abc" https://app.example.com/api/v1/workspaces/acme-retail',
    );
  });
});
