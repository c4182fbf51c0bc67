import { describe, expect, it } from "vitest";
import { buildIdNumber } from "@/lib/kyc/checks/id-number";
import { renderBankCard, renderIdCardBack, renderIdCardFront, renderSelfie } from "@/lib/sim/documents";
import { redactDocument } from "./document-redaction";
import { parseSvg } from "./svg-tokens";

const idNumber = buildIdNumber("510703", "1984-05-09", 876);
const address = "四川省绵阳市涪城区临园路东段68号";
const front = { name: "王芳", gender: "F" as const, ethnicity: "汉", birthDate: "1984-05-09", address, idNumber, photoSeed: 42 };
const secrets = [idNumber, address];
const idFront = (content = renderIdCardFront(front)) => ({ kind: "ID_FRONT", mimeType: "image/svg+xml", content });

describe("document redaction", () => {
  it("hides the ID number, address and birth date of an ID card and keeps the rest", () => {
    const result = redactDocument(idFront(), secrets);
    if (!result.ok) throw new Error(result.reason);
    expect(result.hidden.sort()).toEqual(["address", "birthDate", "idNumber"]);
    expect(result.svg).not.toContain(idNumber);
    expect(result.svg).toContain("510703********" + idNumber.slice(-4));
    for (const part of ["四川省", "临园路", "68号", ">1984<", ">5<", ">9<"]) expect(result.svg).not.toContain(part);
    for (const kept of ["王芳", "姓 名", "公民身份号码", "住 址", "出 生"]) expect(result.svg).toContain(kept);
    expect(result.svg.match(/<rect [^>]*data-redacted="address"/g)).toHaveLength(2);
    expect(result.svg.match(/<rect [^>]*data-redacted="birthDate"/g)).toHaveLength(3);
    expect(() => parseSvg(result.svg)).not.toThrow();
  });

  it("keeps whole only the fields a staff member revealed, and still checks the others", () => {
    const result = redactDocument(idFront(), [address], ["idNumber", "birthDate"]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.hidden).toEqual(["address"]);
    expect(result.svg).toContain(idNumber);
    expect(result.svg).toContain(">1984<");
    expect(result.svg).not.toContain("临园路");
    expect(redactDocument(idFront(), secrets, ["idNumber"])).toEqual({ ok: false, reason: "leak" });
  });

  it("lays each bar over the box its text occupied", () => {
    const result = redactDocument(idFront(), secrets);
    if (!result.ok) throw new Error(result.reason);
    const bar = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*data-redacted="address"/.exec(result.svg)!;
    const [x, y, width, height] = bar.slice(1).map(Number) as [number, number, number, number];
    // The first address line: x=150, baseline 304, 12 characters of 27 px.
    expect(x).toBeLessThanOrEqual(150);
    expect(x + width).toBeGreaterThanOrEqual(150 + 12 * 27);
    expect(y).toBeLessThanOrEqual(304 - 27 * 0.8);
    expect(y + height).toBeGreaterThanOrEqual(304);
  });

  it("leaves scans without personal-data text as they are, in substance", () => {
    for (const [kind, content] of [["ID_BACK", renderIdCardBack({ authority: "绵阳市公安局", validFrom: "2019-03-01", validTo: "2039-03-01" })], ["SELFIE", renderSelfie({ photoSeed: 3, holdingIdCard: true })], ["BANK_CARD", renderBankCard({ bankName: "中国银行", bin: "621661", last4: "1234", holderName: "WANG FANG", cardType: "DEBIT", colorSeed: 3 })]] as const) {
      const result = redactDocument({ kind, mimeType: "image/svg+xml", content }, secrets);
      expect(result, kind).toMatchObject({ ok: true, hidden: [] });
    }
  });

  it("refuses what it cannot read strictly, rather than serving it", () => {
    const svg = renderIdCardFront(front);
    const broken = [
      svg.replace("<title>", "<!-- note --><title>"),
      svg.replace("<title>", "<![CDATA[x]]><title>"),
      svg.replace("<title>", "<script>alert(1)</script><title>"),
      svg.replace("<title>", "<title>&nbsp;"),
      svg.replace("</svg>", ""),
      svg.replace('data-pii="idNumber"', 'data-pii="idNumber" data-pii="idNumber"'),
      svg.replace('data-pii="idNumber"', 'data-pii="passport"'),
      svg.replace(/<text ([^>]*data-pii="idNumber"[^>]*)>([^<]*)<\/text>/, '<text $1><tspan>$2</tspan></text>'),
      // A bar needs the text's box: without its size it cannot be placed.
      svg.replace(/<text [^>]*data-pii="address"[^>]*>/, (tag) => tag.replace(/ font-size="\d+"/, "")),
      `<?xml version="1.0"?>${svg}`,
      `${svg}<svg/>`,
    ];
    for (const content of broken) expect(redactDocument(idFront(content), secrets), content.slice(0, 80)).toEqual({ ok: false, reason: "malformed" });
    expect(redactDocument({ kind: "ID_FRONT", mimeType: "image/jpeg", content: svg }, secrets)).toEqual({ ok: false, reason: "not-svg" });
  });

  it("refuses an ID card whose personal data is not marked (a scan stored before marking), or marked wrongly", () => {
    expect(redactDocument(idFront(renderIdCardFront(front).replaceAll(/ data-pii="[a-zA-Z]+"/g, "")), secrets)).toEqual({ ok: false, reason: "unmarked" });
    // Marked, but the ID number also sits in the title: the last check finds it.
    const leaky = renderIdCardFront(front).replace("<title>", `<title>${idNumber} `);
    expect(redactDocument(idFront(leaky), secrets)).toEqual({ ok: false, reason: "leak" });
  });
});
