// Simulated scans of both sides of the second-generation resident ID card (居民身份证), laid out like the
// real card so a KYC reviewer checks fields where they expect them. Only a likeness: the emblem is an
// abstract red disc, and there is no chip, hologram or real security printing.
import { piiMark } from "@/lib/privacy/document-marks";
import { portrait } from "./portrait";
import { escapeXml, num, svgDocument, wrapText } from "./svg";

export interface IdCardFrontData {
  name: string;
  gender: "M" | "F";
  ethnicity: string;
  /** YYYY-MM-DD. Other text is printed as given, so planted faults can show malformed dates. */
  birthDate: string;
  address: string;
  idNumber: string;
  photoSeed: number;
}

export interface IdCardBackData {
  /** e.g. "北京市公安局朝阳分局". */
  authority: string;
  /** YYYY-MM-DD. */
  validFrom: string;
  /** YYYY-MM-DD or "长期" (no expiry, issued to people over 46). */
  validTo: string;
}

const W = 856;
const H = 540;
const LABEL = `fill="#3a6ea5" font-size="22"`;
const VALUE = `fill="#161616" font-size="27"`;
/** Personal data on the card is marked for lib/privacy's redaction (roles without pii:reveal). */
const BIRTH = piiMark("birthDate");

function cardBackground(id: string): string {
  const waves = Array.from({ length: 14 }, (_, i) => {
    const y = 30 + i * 38;
    return `M0,${y} C214,${y - 26} 428,${y + 26} 642,${y - 26} S856,${y + 26} 856,${y}`;
  }).join(" ");
  const rings = Array.from({ length: 7 }, (_, i) =>
    `<ellipse cx="428" cy="290" rx="${120 + i * 34}" ry="${70 + i * 22}"/>`).join("");
  return (
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="#e3eef2"/><stop offset="0.55" stop-color="#f5f1e4"/><stop offset="1" stop-color="#e4efe9"/>` +
    `</linearGradient></defs>` +
    `<rect width="${W}" height="${H}" rx="30" fill="url(#${id})" stroke="#c9d6db" stroke-width="2"/>` +
    `<path d="${waves}" stroke="#b9d2da" stroke-width="1" fill="none" opacity="0.55"/>` +
    `<g stroke="#e0c9a6" stroke-width="1" fill="none" opacity="0.45">${rings}</g>`
  );
}

function birthParts(birthDate: string): [string, string, string] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return null;
  // The card prints month and day without leading zeros: 1990 年 3 月 7 日.
  return [match[1] ?? "", String(Number(match[2])), String(Number(match[3]))];
}

export function renderIdCardFront(d: IdCardFrontData): string {
  const birth = birthParts(d.birthDate);
  const birthMarkup = birth
    ? `<text x="150" y="238" ${VALUE}${BIRTH}>${birth[0]}</text><text x="226" y="238" ${LABEL}>年</text>` +
      `<text x="272" y="238" ${VALUE} text-anchor="middle"${BIRTH}>${birth[1]}</text><text x="292" y="238" ${LABEL}>月</text>` +
      `<text x="338" y="238" ${VALUE} text-anchor="middle"${BIRTH}>${birth[2]}</text><text x="358" y="238" ${LABEL}>日</text>`
    : `<text x="150" y="238" ${VALUE}${BIRTH}>${escapeXml(d.birthDate)}</text>`;
  const addressLines = wrapText(d.address, 12).slice(0, 3)
    .map((line, i) => `<text x="150" y="${304 + i * 38}" ${VALUE}${piiMark("address")}>${escapeXml(line)}</text>`).join("");

  const body = [
    cardBackground("idf-bg"),
    `<clipPath id="idf-photo"><rect x="560" y="62" width="256" height="340" rx="6"/></clipPath>`,
    `<rect x="560" y="62" width="256" height="340" rx="6" fill="#fbfcfc" opacity="0.7"/>`,
    // ID photos are cropped tight: the head fills most of the frame and the shoulders run off the bottom.
    `<g clip-path="url(#idf-photo)">${portrait(d.photoSeed, "translate(531 36) scale(1.05)")}</g>`,
    `<text x="64" y="106" ${LABEL}>姓 名</text><text x="150" y="106" ${VALUE} font-weight="500">${escapeXml(d.name)}</text>`,
    `<text x="64" y="172" ${LABEL}>性 别</text><text x="150" y="172" ${VALUE}>${d.gender === "M" ? "男" : "女"}</text>`,
    `<text x="262" y="172" ${LABEL}>民 族</text><text x="346" y="172" ${VALUE}>${escapeXml(d.ethnicity)}</text>`,
    `<text x="64" y="238" ${LABEL}>出 生</text>`,
    birthMarkup,
    `<text x="64" y="304" ${LABEL}>住 址</text>`,
    addressLines,
    `<text x="64" y="472" ${LABEL}>公民身份号码</text>`,
    `<text x="290" y="474" fill="#161616" font-size="34" letter-spacing="4" font-family="'DejaVu Sans Mono',monospace"${piiMark("idNumber")}>` +
      `${escapeXml(d.idNumber)}</text>`,
  ].join("");
  return svgDocument(W, H, "居民身份证 人像面", body);
}

function star(cx: number, cy: number, r: number, fill: string): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${num(cx + radius * Math.cos(angle))},${num(cy + radius * Math.sin(angle))}`;
  });
  return `<polygon points="${points.join(" ")}" fill="${fill}"/>`;
}

/** A red disc with a gold ring and stars: reads as "official seal" without copying the national emblem. */
function emblem(cx: number, cy: number): string {
  const gold = "#e9b824";
  const ticks = Array.from({ length: 24 }, (_, i) =>
    `<rect x="${cx - 3}" y="${cy - 96}" width="6" height="10" fill="${gold}" transform="rotate(${i * 15} ${cx} ${cy})"/>`).join("");
  const small = [-50, -22, 22, 50].map((dx) => star(cx + dx, cy - 40 + Math.abs(dx) * 0.35, 9, gold)).join("");
  return (
    `<g>${ticks}<circle cx="${cx}" cy="${cy}" r="86" fill="${gold}"/><circle cx="${cx}" cy="${cy}" r="78" fill="#c8102e"/>` +
    star(cx, cy - 10, 30, gold) + small +
    `<path d="M${cx - 46},${cy + 38} L${cx + 46},${cy + 38} L${cx + 38},${cy + 50} L${cx - 38},${cy + 50} Z" fill="${gold}"/></g>`
  );
}

function validity(validFrom: string, validTo: string): string {
  const dotted = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replaceAll("-", ".") : date);
  return `${dotted(validFrom)}-${dotted(validTo)}`;
}

export function renderIdCardBack(d: IdCardBackData): string {
  // A faint crenellated wall across the middle stands in for the Great Wall print of the real card.
  const wall = Array.from({ length: 22 }, (_, i) => {
    const x = 40 + i * 36;
    return `L${x},${330 - (i % 3) * 8} L${x},${318 - (i % 3) * 8} L${x + 18},${318 - (i % 3) * 8} L${x + 18},${330 - (i % 3) * 8}`;
  }).join(" ");
  const body = [
    cardBackground("idb-bg"),
    `<path d="M40,330 ${wall} L832,330 L832,360 L40,360 Z" fill="#9bb8c4" opacity="0.18"/>`,
    emblem(150, 150),
    `<text x="292" y="130" fill="#1a1a1a" font-size="46" font-weight="700" letter-spacing="12">中华人民共和国</text>`,
    `<text x="470" y="292" fill="#1a1a1a" font-size="76" font-weight="700" letter-spacing="24" text-anchor="middle">居民身份证</text>`,
    `<text x="170" y="424" ${LABEL}>签发机关</text><text x="292" y="424" ${VALUE}>${escapeXml(d.authority)}</text>`,
    `<text x="170" y="482" ${LABEL}>有效期限</text>`,
    `<text x="292" y="482" ${VALUE} letter-spacing="1">${escapeXml(validity(d.validFrom, d.validTo))}</text>`,
  ].join("");
  return svgDocument(W, H, "居民身份证 国徽面", body);
}
