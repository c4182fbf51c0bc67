// Who the client is, as far as this server can know. The socket's peer is the only address nobody can forge;
// X-Forwarded-For is a header anyone can send, so it is believed only when the peer is one of the proxies
// named in TRUSTED_PROXIES, and then only up to the first hop that is not itself a trusted proxy (the
// rightmost untrusted address: whatever the client wrote further left is the client's own claim).
// scripts/server.ts computes the address once per request and hands it to the app in CLIENT_ADDRESS_HEADER,
// overwriting any copy the client sent; lib/http/request-meta.ts reads nothing else.
// No server-only import: the custom server (outside Next.js) uses it.
import ipaddr from "ipaddr.js";

/** The header the custom server sets on every request; a client-sent one is always replaced. */
export const CLIENT_ADDRESS_HEADER = "x-wallet-client-address";

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

export interface TrustedProxies {
  ranges: readonly Range[];
}

/** IPv4-mapped IPv6 (::ffff:10.0.0.1, as Node reports IPv4 peers on a dual-stack socket) as plain IPv4. */
function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const trimmed = text.trim().replace(/^\[(.*)\]$/, "$1");
  if (!ipaddr.isValid(trimmed)) return null;
  const address = ipaddr.parse(trimmed);
  return address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address;
}

/** "10.0.0.0/8, 192.168.1.7, ::1" -> ranges. Throws on an entry it cannot read: a typo must not trust nobody silently. */
export function parseTrustedProxies(setting: string): TrustedProxies {
  const ranges: Range[] = [];
  for (const entry of setting.split(",").map((part) => part.trim()).filter(Boolean)) {
    if (entry.includes("/")) {
      if (!ipaddr.isValidCIDR(entry)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR`);
      const [address, bits] = ipaddr.parseCIDR(entry);
      ranges.push(address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress() ? [(address as ipaddr.IPv6).toIPv4Address(), bits - 96] : [address, bits]);
    } else {
      const address = parseAddress(entry);
      if (!address) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR`);
      ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    }
  }
  return { ranges };
}

function isTrusted(address: ipaddr.IPv4 | ipaddr.IPv6, trusted: TrustedProxies): boolean {
  return trusted.ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range as never, bits));
}

/**
 * The client's address for a request that arrived from `peer` (req.socket.remoteAddress) with these
 * X-Forwarded-For headers. Untrusted peer: the peer. Trusted peer: walk the chain right to left, skipping
 * trusted proxies; the first other hop is the client. A malformed hop ends the walk at the last good one.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | null {
  let current = peer ? parseAddress(peer) : null;
  if (!current) return null;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((hop) => hop.trim()).filter(Boolean);
  while (isTrusted(current, trusted)) {
    const hop = hops.pop();
    const next = hop === undefined ? null : parseAddress(hop);
    if (!next) break;
    current = next;
  }
  return current.toString();
}
