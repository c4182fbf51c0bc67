import { describe, expect, it } from "vitest";
import { ipCountry } from "@/lib/fraud/geo";

describe("ipCountry", () => {
  it("places the simulator's domestic carrier blocks in China and its foreign proxies abroad", () => {
    expect(ipCountry("36.0.0.1")).toBe("CN");
    expect(ipCountry("223.255.255.254")).toBe("CN");
    expect(ipCountry("185.220.101.9")).toBe("DE");
    expect(ipCountry("45.134.26.200")).toBe("NL");
    expect(ipCountry("103.251.167.3")).toBe("KH");
    expect(ipCountry("91.219.236.44")).toBe("UA");
    expect(ipCountry("194.26.29.250")).toBe("RU");
  });

  it("places the carriers abroad that travellers roam on in their countries", () => {
    expect(ipCountry("133.106.4.5")).toBe("JP");
    expect(ipCountry("203.198.0.1")).toBe("HK");
    expect(ipCountry("202.188.255.254")).toBe("MY");
    expect(ipCountry("81.2.9.9")).toBe("GB");
  });

  it("knows nothing outside the table, about private addresses or about things that are not addresses", () => {
    expect(ipCountry("185.220.102.9")).toBeNull();
    expect(ipCountry("8.8.8.8")).toBeNull();
    expect(ipCountry("10.0.0.1")).toBeNull();
    expect(ipCountry("not an ip")).toBeNull();
    expect(ipCountry("2001:db8::1")).toBeNull();
  });

  it("reads an IPv4-mapped IPv6 address as its IPv4 one", () => {
    expect(ipCountry("::ffff:194.26.29.5")).toBe("RU");
  });
});
