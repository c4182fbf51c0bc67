import { describe, expect, it } from "vitest";
import { describeUserAgent, networkKind } from "@/lib/account/device";

describe("describeUserAgent", () => {
  it("names the browser with its major version and the system", () => {
    expect(describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")).toEqual({ browser: "Chrome 131", system: "Windows 10" });
    expect(describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15").browser).toBe("Safari 17");
    expect(describeUserAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36").system).toBe("Linux");
  });

  it("says nothing rather than guess", () => {
    expect(describeUserAgent(null)).toEqual({ browser: null, system: null });
    expect(describeUserAgent("curl/8.5.0").system).toBeNull();
  });
});

describe("networkKind", () => {
  it("tells this machine, the private network and the internet apart", () => {
    expect(networkKind("127.0.0.1")).toBe("loopback");
    expect(networkKind("::ffff:127.0.0.1")).toBe("loopback");
    expect(networkKind("10.2.3.4")).toBe("private");
    expect(networkKind("192.168.1.20")).toBe("private");
    expect(networkKind("203.0.113.7")).toBe("public");
    expect(networkKind(null)).toBe("unknown");
    expect(networkKind("not an address")).toBe("unknown");
  });
});
