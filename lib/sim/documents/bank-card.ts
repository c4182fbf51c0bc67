// A simulated photo of the front of a linked bank card. The card number is only ever drawn as BIN +
// asterisks + last four: the renderer accepts nothing more, so no stored image can leak a full PAN
// (PCI DSS 3.3/3.4), whatever the caller has.
import { escapeXml, MONO_FAMILY, pickBySeed, rangeBySeed, svgDocument } from "./svg";

export interface BankCardData {
  bankName: string;
  /** First six digits. */
  bin: string;
  last4: string;
  /** Pinyin in capitals, e.g. "ZHANG WEI". */
  holderName: string;
  cardType: "DEBIT" | "CREDIT";
  colorSeed: number;
  /** Length of the real card number, so the mask has the right number of stars. Defaults to 16. */
  panLength?: number;
}

const W = 856;
const H = 540;
const GRADIENTS: readonly (readonly [string, string])[] = [
  ["#0b3d91", "#2a7bd6"], ["#7a0019", "#c43a3a"], ["#0f5132", "#33966a"], ["#3d2c6b", "#7d5fc6"],
  ["#1b1b1b", "#4d4d4d"], ["#6d5414", "#b8912b"], ["#004d61", "#1b9aaa"], ["#5a1e4a", "#b0487e"],
];

/** "6222 02** **** 1234": groups of four from the left, the last four kept together. */
export function maskedCardNumber(bin: string, last4: string, panLength = 16): string {
  if (!/^\d{6}$/.test(bin)) throw new Error("bin must be exactly 6 digits");
  if (!/^\d{4}$/.test(last4)) throw new Error("last4 must be exactly 4 digits");
  if (!Number.isInteger(panLength) || panLength < 13 || panLength > 19) throw new Error("panLength must be 13-19");
  const head = bin + "*".repeat(panLength - 10);
  const groups = head.match(/.{1,4}/g) ?? [];
  return [...groups, last4].join(" ");
}

function chip(): string {
  return (
    `<defs><linearGradient id="bc-chip" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="#f4dc8a"/><stop offset="1" stop-color="#b8912f"/></linearGradient></defs>` +
    `<rect x="80" y="188" width="112" height="86" rx="13" fill="url(#bc-chip)" stroke="#8c6d1f" stroke-width="1.5"/>` +
    `<path d="M80,217 H120 M80,246 H120 M152,217 H192 M152,246 H192 M120,188 V274 M152,188 V274 M120,231 H152"` +
    ` stroke="#8c6d1f" stroke-width="1.5" fill="none"/>` +
    `<g stroke="#ffffff" stroke-width="4" fill="none" opacity="0.8" stroke-linecap="round">` +
    `<path d="M222,211 Q232,231 222,251"/><path d="M236,203 Q250,231 236,259"/><path d="M250,195 Q268,231 250,267"/></g>`
  );
}

/** Three overlapping slanted panels with the bilingual wordmark, in the UnionPay corner position. */
function unionPayMark(): string {
  const panel = (x: number, fill: string) =>
    `<path d="M${x + 18},400 H${x + 62} Q${x + 74},400 ${x + 70},412 L${x + 52},488 Q${x + 49},496 ${x + 38},496` +
    ` H${x - 6} Q${x - 18},496 ${x - 14},484 L${x + 4},410 Q${x + 7},400 ${x + 18},400 Z" fill="${fill}"/>`;
  return (
    `<g>${panel(640, "#e21836")}${panel(692, "#00447c")}${panel(744, "#007b84")}` +
    `<text x="720" y="446" fill="#ffffff" font-size="30" font-weight="700" text-anchor="middle">银联</text>` +
    `<text x="720" y="478" fill="#ffffff" font-size="19" font-weight="700" text-anchor="middle" font-style="italic">UnionPay</text></g>`
  );
}

export function renderBankCard(d: BankCardData): string {
  const number = maskedCardNumber(d.bin, d.last4, d.panLength);
  const [from, to] = pickBySeed(GRADIENTS, d.colorSeed, 21);
  const swirl = rangeBySeed(0, 200, d.colorSeed, 22);
  const body = [
    `<defs><linearGradient id="bc-bg" x1="0" y1="0" x2="1" y2="1">` +
      `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`,
    `<rect width="${W}" height="${H}" rx="34" fill="url(#bc-bg)"/>`,
    `<circle cx="${620 + swirl}" cy="60" r="260" fill="#ffffff" opacity="0.07"/>`,
    `<circle cx="${420 - swirl}" cy="560" r="220" fill="#ffffff" opacity="0.05"/>`,
    `<path d="M0,${330 + swirl / 4} C220,${260 + swirl / 4} 520,${420 - swirl / 4} 856,300" stroke="#ffffff"` +
      ` stroke-width="2" fill="none" opacity="0.15"/>`,
    `<text x="60" y="88" fill="#ffffff" font-size="40" font-weight="700" letter-spacing="2">${escapeXml(d.bankName)}</text>`,
    `<text x="796" y="86" fill="#ffffff" font-size="28" font-weight="500" text-anchor="end" opacity="0.92">` +
      `${d.cardType === "CREDIT" ? "信用卡" : "借记卡"}</text>`,
    chip(),
    `<text x="80" y="364" fill="#ffffff" font-size="44" letter-spacing="3" font-family="${MONO_FAMILY}">${number}</text>`,
    `<text x="80" y="452" fill="#ffffff" font-size="28" letter-spacing="3" font-family="${MONO_FAMILY}">` +
      `${escapeXml(d.holderName)}</text>`,
    unionPayMark(),
  ].join("");
  return svgDocument(W, H, `${d.bankName} ${d.cardType === "CREDIT" ? "信用卡" : "借记卡"}`, body);
}
