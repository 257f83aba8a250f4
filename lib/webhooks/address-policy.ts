// Which network addresses a webhook may be delivered to. A webhook URL is chosen by a
// customer, so without this anyone who can add an endpoint could make our servers call
// into our own network (the database, cloud metadata at 169.254.169.254, admin ports):
// server-side request forgery. Pure: the delivery code asks this about the address it
// actually connects to, after DNS (a name can resolve to anything, and change).

/** How strict delivery is: production refuses every internal address; tests may allow loopback. */
export type DeliveryPolicy = {
  production: boolean;
  /** WEBHOOK_ALLOW_LOOPBACK=1: http and loopback targets even in production (our own end-to-end tests only). */
  allowLoopback: boolean;
};

/** The policy of this process, read from its environment at call time. */
export function currentDeliveryPolicy(env: Record<string, string | undefined> = process.env): DeliveryPolicy {
  return { production: env.NODE_ENV === "production", allowLoopback: env.WEBHOOK_ALLOW_LOOPBACK === "1" };
}

export type AddressKind =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "unique-local"
  | "shared (CGNAT)"
  | "multicast"
  | "reserved"
  | "documentation";

type Range = { prefix: number[]; bits: number; kind: Exclude<AddressKind, "public"> };

const IPV4_RANGES: Range[] = [
  { prefix: [0, 0, 0, 0], bits: 8, kind: "unspecified" }, // "this network"; 0.0.0.0 reaches the local host
  { prefix: [10, 0, 0, 0], bits: 8, kind: "private" },
  { prefix: [100, 64, 0, 0], bits: 10, kind: "shared (CGNAT)" },
  { prefix: [127, 0, 0, 0], bits: 8, kind: "loopback" },
  { prefix: [169, 254, 0, 0], bits: 16, kind: "link-local" }, // also cloud metadata services
  { prefix: [172, 16, 0, 0], bits: 12, kind: "private" },
  { prefix: [192, 0, 0, 0], bits: 24, kind: "reserved" },
  { prefix: [192, 0, 2, 0], bits: 24, kind: "documentation" },
  { prefix: [192, 168, 0, 0], bits: 16, kind: "private" },
  { prefix: [198, 18, 0, 0], bits: 15, kind: "reserved" }, // benchmarking
  { prefix: [198, 51, 100, 0], bits: 24, kind: "documentation" },
  { prefix: [203, 0, 113, 0], bits: 24, kind: "documentation" },
  { prefix: [224, 0, 0, 0], bits: 4, kind: "multicast" },
  { prefix: [240, 0, 0, 0], bits: 4, kind: "reserved" }, // includes 255.255.255.255
];

const IPV6_RANGES: Range[] = [
  { prefix: [0xfc], bits: 7, kind: "unique-local" },
  { prefix: [0xfe, 0x80], bits: 10, kind: "link-local" },
  { prefix: [0xfe, 0xc0], bits: 10, kind: "private" }, // deprecated site-local
  { prefix: [0xff], bits: 8, kind: "multicast" },
  { prefix: [0x20, 0x01, 0x0d, 0xb8], bits: 32, kind: "documentation" },
  { prefix: [0x01, 0x00, 0, 0, 0, 0, 0, 0], bits: 64, kind: "reserved" }, // discard-only
];

function inRange(bytes: number[], range: Range): boolean {
  for (let bit = 0; bit < range.bits; bit++) {
    const byte = Math.floor(bit / 8);
    const mask = 0x80 >> bit % 8;
    if ((bytes[byte] & mask) !== ((range.prefix[byte] ?? 0) & mask)) return false;
  }
  return true;
}

/** "10.0.0.1" → [10, 0, 0, 1]; null unless four decimal parts of 0–255. */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
  return bytes.every((b) => Number.isInteger(b) && b <= 255) ? bytes : null;
}

/** The 16 bytes of an IPv6 address ("::ffff:10.0.0.1", "fe80::1%eth0", "[::1]"); null when it is not one. */
export function parseIpv6(text: string): number[] | null {
  let address = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  address = address.split("%")[0]; // a zone id names an interface, not part of the address
  if (!address.includes(":")) return null;
  let tail: number[] = [];
  const lastColon = address.lastIndexOf(":");
  if (address.slice(lastColon + 1).includes(".")) {
    const v4 = parseIpv4(address.slice(lastColon + 1));
    if (!v4) return null;
    tail = v4;
    address = `${address.slice(0, lastColon + 1)}0:0`; // placeholder groups, replaced below
  }
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (half: string) => (half === "" ? [] : half.split(":"));
  const head = groupsOf(halves[0]);
  const rest = halves.length === 2 ? groupsOf(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  const bytes = groups.flatMap((g) => {
    const value = Number.parseInt(g, 16);
    return [value >> 8, value & 0xff];
  });
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

function classifyIpv4(bytes: number[]): AddressKind {
  return IPV4_RANGES.find((range) => inRange(bytes, range))?.kind ?? "public";
}

const allZero = (bytes: number[]) => bytes.every((b) => b === 0);

function classifyIpv6(bytes: number[]): AddressKind {
  const first10Zero = allZero(bytes.slice(0, 10));
  if (allZero(bytes)) return "unspecified";
  if (allZero(bytes.slice(0, 15)) && bytes[15] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d) reach the
  // IPv4 address inside; so do NAT64 (64:ff9b::/96) and 6to4 (2002:AABB:CCDD::).
  if (first10Zero && bytes[10] === 0xff && bytes[11] === 0xff) return classifyIpv4(bytes.slice(12));
  if (first10Zero && bytes[10] === 0 && bytes[11] === 0) return classifyIpv4(bytes.slice(12));
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && allZero(bytes.slice(4, 12))) return classifyIpv4(bytes.slice(12));
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return classifyIpv4(bytes.slice(2, 6));
  return IPV6_RANGES.find((range) => inRange(bytes, range))?.kind ?? "public";
}

/** What kind of address an IP literal is; null when the text is not an IP address. */
export function classifyAddress(address: string): AddressKind | null {
  const v4 = parseIpv4(address);
  if (v4) return classifyIpv4(v4);
  const v6 = parseIpv6(address);
  return v6 ? classifyIpv6(v6) : null;
}

/**
 * Why a delivery may not connect to `address` under `policy`, or null when it may. In
 * production only public addresses are allowed (loopback too with the test-only escape
 * hatch); elsewhere anything but the unspecified and multicast addresses, so a developer
 * can deliver to a receiver on their own machine or network.
 */
export function addressRefusal(address: string, policy: DeliveryPolicy): string | null {
  const kind = classifyAddress(address);
  if (kind === null) return `${address} is not an IP address`;
  if (kind === "public") return null;
  if (kind === "loopback" && (policy.allowLoopback || !policy.production)) return null;
  if (!policy.production && kind !== "unspecified" && kind !== "multicast") return null;
  return `${address} is a ${kind} address, which cannot receive webhooks`;
}

/** Host names that always mean this machine ("localhost", "app.localhost"). */
export const isLocalhostName = (hostname: string) => /^(localhost|.+\.localhost)\.?$/i.test(hostname);

/** The host names and literals for which http (not https) is accepted outside production. */
export const isLoopbackHost = (hostname: string) => hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
