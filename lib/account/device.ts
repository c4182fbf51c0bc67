// A sign-in's user agent and address as a person reads them: "Chrome 131", "Windows 10", "office network
// (10.2.3.4)". Parsed on the server (bowser), so the parser never ships to the browser. There is no
// geolocation database on the bank's side, so the place is the kind of network the address belongs to.
import "server-only";
import Bowser from "bowser";
import ipaddr from "ipaddr.js";

export interface DeviceSummary {
  /** "Chrome 131"; null when the user agent names no browser we know. */
  browser: string | null;
  /** "Windows 10", "macOS 14.5", "Android 14". */
  system: string | null;
}

const major = (version: string | undefined) => version?.split(".")[0];

export function describeUserAgent(userAgent: string | null): DeviceSummary {
  if (!userAgent) return { browser: null, system: null };
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name ? [parsed.browser.name, major(parsed.browser.version)].filter(Boolean).join(" ") : null;
  const osVersion = parsed.os.versionName ?? parsed.os.version;
  const system = parsed.os.name ? [parsed.os.name, osVersion].filter(Boolean).join(" ") : null;
  return { browser, system };
}

export type NetworkKind = "loopback" | "private" | "public" | "unknown";

/** The kind of network an address is on: this machine, the bank's private network, or the internet. */
export function networkKind(ip: string | null): NetworkKind {
  if (!ip || !ipaddr.isValid(ip)) return "unknown";
  let address = ipaddr.parse(ip);
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
  const range = address.range();
  if (range === "loopback") return "loopback";
  if (range === "private" || range === "uniqueLocal" || range === "linkLocal" || range === "carrierGradeNat") return "private";
  return "public";
}
