import { describe, expect, it } from "vitest";
import { clientIpFromHeaders, CLIENT_IP_HEADER, resolveClientIp, trustedProxyHops } from "./client-ip";

describe("resolveClientIp", () => {
  it("without trusted proxies uses the socket address and ignores what the client claims", () => {
    for (const claimed of ["203.0.113.1", "203.0.113.2", "1.1.1.1, 2.2.2.2"]) {
      expect(resolveClientIp({ remoteAddress: "198.51.100.7", forwardedFor: claimed, trustedProxyHops: 0 })).toBe("198.51.100.7");
    }
  });

  it("behind one proxy takes the entry that proxy appended, not the client's own claims", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; our proxy appended the real peer.
    expect(resolveClientIp({ remoteAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.9", trustedProxyHops: 1 })).toBe("198.51.100.9");
    expect(resolveClientIp({ remoteAddress: "10.0.0.2", forwardedFor: ["6.6.6.6", "7.7.7.7, 198.51.100.9"], trustedProxyHops: 1 })).toBe("198.51.100.9");
  });

  it("behind two proxies skips both", () => {
    expect(resolveClientIp({ remoteAddress: "10.0.0.3", forwardedFor: "6.6.6.6, 198.51.100.9, 10.0.0.2", trustedProxyHops: 2 })).toBe("198.51.100.9");
  });

  it("folds IPv4-mapped IPv6 addresses and handles a missing chain", () => {
    expect(resolveClientIp({ remoteAddress: "::ffff:127.0.0.1", forwardedFor: undefined, trustedProxyHops: 0 })).toBe("127.0.0.1");
    expect(resolveClientIp({ remoteAddress: undefined, forwardedFor: undefined, trustedProxyHops: 0 })).toBeNull();
    expect(resolveClientIp({ remoteAddress: "10.0.0.2", forwardedFor: undefined, trustedProxyHops: 3 })).toBe("10.0.0.2");
  });
});

describe("trustedProxyHops and the stamped header", () => {
  it("reads only small whole numbers", () => {
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "0x1" })).toBe(0);
    expect(trustedProxyHops({})).toBe(0);
  });

  it("reads the header from a Headers object or a plain record", () => {
    expect(clientIpFromHeaders(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientIpFromHeaders({ [CLIENT_IP_HEADER]: "198.51.100.2", "x-forwarded-for": "6.6.6.6" })).toBe("198.51.100.2");
    expect(clientIpFromHeaders({ "x-forwarded-for": "6.6.6.6" })).toBeNull();
  });
});
