import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";

const none = parseTrustedProxies("");
const lb = parseTrustedProxies("10.0.0.0/8, 192.168.7.1, fd00::/8");

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.77, 10.0.0.2", none)).toBe("127.0.0.1");
    expect(resolveClientAddress("::ffff:127.0.0.1", "1.2.3.4", none)).toBe("127.0.0.1");
    expect(resolveClientAddress("::1", undefined, none)).toBe("::1");
  });

  it("is the socket's peer when the peer is not a trusted proxy, even if the header names one", () => {
    expect(resolveClientAddress("203.0.113.9", "10.0.0.5", lb)).toBe("203.0.113.9");
  });

  it("behind trusted proxies is the rightmost hop that is not one of them", () => {
    expect(resolveClientAddress("10.0.0.2", "198.51.100.77", lb)).toBe("198.51.100.77");
    // The client prepended a made-up address; the proxies appended the real one.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.77, 192.168.7.1", lb)).toBe("198.51.100.77");
    expect(resolveClientAddress("::ffff:10.1.2.3", ["1.1.1.1", "198.51.100.78"], lb)).toBe("198.51.100.78");
    expect(resolveClientAddress("fd00::5", "2001:db8::1", lb)).toBe("2001:db8::1");
  });

  it("stops at the last good hop when the chain runs out or holds garbage", () => {
    expect(resolveClientAddress("10.0.0.2", undefined, lb)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "10.0.0.3", lb)).toBe("10.0.0.3");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.77, not-an-ip", lb)).toBe("10.0.0.2");
  });

  it("refuses a setting it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.bank.local")).toThrow(/TRUSTED_PROXIES/);
  });
});
