import { describe, expect, it } from "vitest";
import { buildIdNumber } from "../kyc/checks/id-number";
import { escapeXml, maskedCardNumber, renderBankCard, renderIdCardBack, renderIdCardFront, renderSelfie } from "./documents";

const idNumber = buildIdNumber("110105", "1990-03-07", 123);
const front = { name: "张伟", gender: "M" as const, ethnicity: "汉", birthDate: "1990-03-07",
  address: "北京市朝阳区建国路88号院3号楼2单元1402号", idNumber, photoSeed: 42 };
const back = { authority: "北京市公安局朝阳分局", validFrom: "2019-03-01", validTo: "2039-03-01" };
const card = { bankName: "中国工商银行", bin: "622202", last4: "1234", holderName: "ZHANG WEI",
  cardType: "DEBIT" as const, colorSeed: 7 };

/** Checks what a renderer could get wrong: every & starts an entity and every element is closed in order. */
function expectWellFormed(svg: string) {
  expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (closing) expect(open.pop()).toBe(name);
    else if (!selfClosing) open.push(name ?? "");
  }
  expect(open).toEqual([]);
}

const all = () => [renderIdCardFront(front), renderIdCardBack(back), renderSelfie({ photoSeed: 42, holdingIdCard: true }),
  renderSelfie({ photoSeed: 42, holdingIdCard: false }), renderBankCard(card)];

describe("document renderers", () => {
  it("return complete, well-formed standalone SVG", () => {
    for (const svg of all()) {
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
      expect(svg.endsWith("</svg>")).toBe(true);
      expectWellFormed(svg);
    }
  });

  it("are deterministic", () => {
    expect(all()).toEqual(all());
  });

  it("vary the person with the photo seed", () => {
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const looks = new Set(seeds.map((photoSeed) => renderSelfie({ photoSeed, holdingIdCard: false })));
    expect(looks.size).toBeGreaterThan(5);
  });

  it("print the ID card fields", () => {
    const svg = renderIdCardFront(front);
    for (const text of ["姓 名", "公民身份号码", "张伟", "男", "汉", "1990", ">3<", ">7<", idNumber]) expect(svg).toContain(text);
    expect(renderIdCardFront({ ...front, gender: "F" })).toContain(">女<");
  });

  it("prints the card back with dotted validity, including the no-expiry form", () => {
    expect(renderIdCardBack(back)).toContain("2019.03.01-2039.03.01");
    expect(renderIdCardBack({ ...back, validTo: "长期" })).toContain("2019.03.01-长期");
    expect(renderIdCardBack(back)).toContain("北京市公安局朝阳分局");
  });

  it("escapes XML special characters in customer text", () => {
    const svg = renderIdCardFront({ ...front, name: `<script>&"'`, address: "A&B <路>" });
    expect(svg).toContain("&lt;script&gt;&amp;&quot;&apos;");
    expect(svg).not.toContain("<script>");
    expectWellFormed(svg);
    expectWellFormed(renderBankCard({ ...card, holderName: "O'BRIEN <&>", bankName: "A&B" }));
    expect(escapeXml(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
  });
});

describe("bank card", () => {
  it("shows only BIN, stars and last four", () => {
    const svg = renderBankCard(card);
    expect(svg).toContain("6222 02** **** 1234");
    expect(svg).toContain("ZHANG WEI");
    expect(svg).toContain("借记卡");
    expect(renderBankCard({ ...card, cardType: "CREDIT" })).toContain("信用卡");
    expect(svg).toContain("UnionPay");
  });

  it("never contains a full card number", () => {
    for (const panLength of [16, 18, 19]) {
      const svg = renderBankCard({ ...card, panLength });
      expect(svg).not.toMatch(/\d{16}/);
      expect(maskedCardNumber(card.bin, card.last4, panLength).replace(/\D/g, "")).toBe("6222021234");
    }
  });

  it("masks to the card's real length", () => {
    expect(maskedCardNumber("622202", "1234", 19)).toBe("6222 02** **** *** 1234");
    expect(maskedCardNumber("622909", "5678", 18)).toBe("6229 09** **** ** 5678");
  });

  it("refuses anything but six BIN digits and four last digits", () => {
    expect(() => renderBankCard({ ...card, bin: "6222021234567890" })).toThrow();
    expect(() => renderBankCard({ ...card, last4: "123456" })).toThrow();
  });
});
