// Where an IP address is, for the location rule: a small table of the address ranges the simulator uses
// (this console has no commercial geo-IP database). Domestic mobile carriers' blocks (lib/sim/population.ts
// homeIp) are China's; carriers abroad that travelling customers' phones roam on (lib/sim/fraud.ts
// TRAVEL_IPS) are their countries'; the foreign hosting and proxy networks fraudsters are seen coming from
// (lib/sim/fraud.ts FOREIGN_IPS) carry the country the simulator attributes to them. Anything else, and
// private or reserved addresses, is unknown (null): the rule then does not judge the location. Countries are
// named by lib/i18n/regions.ts, the one place places are named.
import ipaddr from "ipaddr.js";

/** [CIDR, ISO 3166 alpha-2]. Extend it when the simulator (or a real feed) adds ranges. */
export const IP_COUNTRY_RANGES: readonly (readonly [string, string])[] = [
  // Chinese mobile and fixed-line carriers' /8 blocks the simulated customers' phones use.
  ...["36", "39", "42", "58", "59", "60", "101", "106", "111", "112", "113", "114", "115", "116", "117", "120", "121", "122", "123", "124", "125", "171", "175", "180", "182", "183", "218", "219", "220", "221", "222", "223"].map(
    (octet) => [`${octet}.0.0.0/8`, "CN"] as const,
  ),
  // Mobile carriers abroad that travelling customers roam on (the simulator's TRAVEL_IPS, each a /16).
  ["133.106.0.0/16", "JP"],
  ["211.234.0.0/16", "KR"],
  ["49.228.0.0/16", "TH"],
  ["118.189.0.0/16", "SG"],
  ["203.198.0.0/16", "HK"],
  ["202.175.0.0/16", "MO"],
  ["73.162.0.0/16", "US"],
  ["81.2.0.0/16", "GB"],
  ["90.84.0.0/16", "FR"],
  ["49.176.0.0/16", "AU"],
  ["202.188.0.0/16", "MY"],
  // Foreign hosting, VPN and proxy exits (the simulator's FOREIGN_IPS, each a /24).
  ["185.220.101.0/24", "DE"],
  ["45.134.26.0/24", "NL"],
  ["103.251.167.0/24", "KH"],
  ["91.219.236.0/24", "UA"],
  ["194.26.29.0/24", "RU"],
];

interface Range {
  start: number;
  end: number;
  country: string;
}

function toUint(bytes: number[]): number {
  return ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
}

const RANGES: readonly Range[] = IP_COUNTRY_RANGES.map(([cidr, country]) => {
  const [address, bits] = ipaddr.IPv4.parseCIDR(cidr);
  const size = 2 ** (32 - bits);
  const start = Math.floor(toUint(address.toByteArray()) / size) * size;
  return { start, end: start + size - 1, country };
});

// The worker asks about the same few addresses over and over (a wallet's history): remember answers.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string | null>();

/** The country (ISO 3166 alpha-2) of an IPv4 address (or an IPv4-mapped IPv6 one), or null when unknown. */
export function ipCountry(ip: string): string | null {
  const known = cache.get(ip);
  if (known !== undefined) return known;
  const country = lookup(ip);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(ip, country);
  return country;
}

function lookup(ip: string): string | null {
  if (!ipaddr.isValid(ip)) return null;
  const address = ipaddr.process(ip);
  if (address.kind() !== "ipv4" || address.range() !== "unicast") return null;
  const value = toUint(address.toByteArray());
  for (const range of RANGES) if (value >= range.start && value <= range.end) return range.country;
  return null;
}
