import { describe, expect, it } from "vitest";
import { addressRefusal, classifyAddress, currentDeliveryPolicy, parseIpv6 } from "./address-policy";

const production = { production: true, allowLoopback: false };
const development = { production: false, allowLoopback: false };
const e2e = { production: true, allowLoopback: true };

describe("classifyAddress", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["93.184.216.34", "public"],
    ["0.0.0.0", "unspecified"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["192.168.1.10", "private"],
    ["100.64.0.1", "shared (CGNAT)"],
    ["100.127.255.254", "shared (CGNAT)"],
    ["100.128.0.1", "public"],
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["169.254.169.254", "link-local"],
    ["224.0.0.251", "multicast"],
    ["255.255.255.255", "reserved"],
    ["198.18.0.5", "reserved"],
  ])("IPv4 %s is %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([
    ["2606:4700:4700::1111", "public"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    // An IPv4 address inside IPv6 is judged as the IPv4 address it reaches.
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["::ffff:8.8.8.8", "public"],
    ["64:ff9b::192.168.0.1", "private"],
    ["2002:c0a8:0101::1", "private"],
  ])("IPv6 %s is %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(["example.com", "10.0.0", "256.1.1.1", "1.2.3.4.5", ":::1", "1::2::3", "12345::1", "01.02.03.04x"])("%s is not an IP address", (text) => {
    expect(classifyAddress(text)).toBeNull();
  });

  it("reads the IPv4 tail of an IPv6 address into its last four bytes", () => {
    expect(parseIpv6("::ffff:192.0.2.128")?.slice(10)).toEqual([0xff, 0xff, 192, 0, 2, 128]);
  });
});

describe("addressRefusal", () => {
  it("lets public addresses through under every policy", () => {
    for (const policy of [production, development, e2e]) {
      expect(addressRefusal("8.8.8.8", policy)).toBeNull();
      expect(addressRefusal("2606:4700:4700::1111", policy)).toBeNull();
    }
  });

  it.each(["10.0.0.1", "127.0.0.1", "::1", "169.254.169.254", "fd00::1", "100.64.1.1", "224.0.0.1", "0.0.0.0", "::ffff:192.168.1.1", "fe80::1"])(
    "refuses %s in production, naming its kind",
    (address) => {
      expect(addressRefusal(address, production)).toMatch(/^.+ is an? .+ address, which cannot receive webhooks$/);
    },
  );

  it("allows loopback, and only loopback, with the test-only escape hatch in production", () => {
    expect(addressRefusal("127.0.0.1", e2e)).toBeNull();
    expect(addressRefusal("::1", e2e)).toBeNull();
    expect(addressRefusal("::ffff:127.0.0.1", e2e)).toBeNull();
    expect(addressRefusal("10.0.0.1", e2e)).toBe("10.0.0.1 is a private address, which cannot receive webhooks");
    expect(addressRefusal("169.254.169.254", e2e)).toBe("169.254.169.254 is a link-local address, which cannot receive webhooks");
  });

  it("outside production allows local and private receivers, never the unspecified or multicast addresses", () => {
    expect(addressRefusal("127.0.0.1", development)).toBeNull();
    expect(addressRefusal("192.168.1.20", development)).toBeNull();
    expect(addressRefusal("0.0.0.0", development)).not.toBeNull();
    expect(addressRefusal("ff02::1", development)).not.toBeNull();
  });

  it("refuses what is not an address at all", () => {
    expect(addressRefusal("example.com", development)).toBe("example.com is not an IP address");
  });
});

describe("currentDeliveryPolicy", () => {
  it("reads NODE_ENV and WEBHOOK_ALLOW_LOOPBACK", () => {
    expect(currentDeliveryPolicy({ NODE_ENV: "production" })).toEqual(production);
    expect(currentDeliveryPolicy({ NODE_ENV: "production", WEBHOOK_ALLOW_LOOPBACK: "1" })).toEqual(e2e);
    expect(currentDeliveryPolicy({ NODE_ENV: "development", WEBHOOK_ALLOW_LOOPBACK: "true" })).toEqual(development);
  });
});
