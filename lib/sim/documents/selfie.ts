// A simulated liveness selfie: the same stylised person as the ID photo (same seed), in front of a plain
// room wall, optionally holding their ID card up, which some review flows require.
import { personColors, portrait } from "./portrait";
import { pickBySeed, rangeBySeed, svgDocument } from "./svg";

export interface SelfieData {
  photoSeed: number;
  holdingIdCard: boolean;
}

const W = 600;
const H = 800;
const WALLS = ["#e9e4dc", "#dfe7ec", "#efe6d8", "#e3e3e3", "#d9e2d4", "#f0ddd6"] as const;

function room(seed: number): string {
  const wall = pickBySeed(WALLS, seed, 11);
  const doorX = rangeBySeed(0, 1, seed, 12) === 0 ? 30 : 420;
  return (
    `<defs><radialGradient id="sf-light" cx="0.5" cy="0.35" r="0.75">` +
    `<stop offset="0" stop-color="#ffffff" stop-opacity="0.35"/><stop offset="1" stop-color="#000000" stop-opacity="0.2"/>` +
    `</radialGradient></defs>` +
    `<rect width="${W}" height="${H}" fill="${wall}"/>` +
    `<rect x="${doorX}" y="90" width="150" height="560" fill="#000" opacity="0.06"/>` +
    `<rect x="0" y="640" width="${W}" height="160" fill="#000" opacity="0.05"/>`
  );
}

/** Forearms coming up from the bottom edge, hands gripping the card's sides. */
function heldIdCard(seed: number): string {
  const { skin, clothes } = personColors(seed);
  const tilt = rangeBySeed(-5, 5, seed, 13);
  return (
    `<g fill="${clothes}"><path d="M120,800 L170,640 L215,655 L190,800 Z"/><path d="M480,800 L430,640 L385,655 L410,800 Z"/></g>` +
    `<g fill="#000" opacity="0.18"><path d="M120,800 L170,640 L215,655 L190,800 Z"/><path d="M480,800 L430,640 L385,655 L410,800 Z"/></g>` +
    `<g transform="rotate(${tilt} 300 625)">` +
    `<rect x="170" y="545" width="260" height="164" rx="12" fill="#e4eef1" stroke="#b7c8ce" stroke-width="2"/>` +
    `<rect x="350" y="565" width="62" height="80" rx="3" fill="#f6f8f8"/>` +
    `<circle cx="381" cy="592" r="14" fill="${skin}"/><path d="M359,645 C362,618 400,618 403,645 Z" fill="#555"/>` +
    `<g fill="#8ea4ad"><rect x="190" y="570" width="80" height="8" rx="3"/><rect x="190" y="592" width="120" height="8" rx="3"/>` +
    `<rect x="190" y="614" width="100" height="8" rx="3"/><rect x="190" y="636" width="140" height="8" rx="3"/>` +
    `<rect x="230" y="682" width="180" height="10" rx="3"/></g>` +
    `<ellipse cx="172" cy="640" rx="26" ry="38" fill="${skin}"/><ellipse cx="428" cy="640" rx="26" ry="38" fill="${skin}"/>` +
    `</g>`
  );
}

export function renderSelfie(d: SelfieData): string {
  const body = [
    room(d.photoSeed),
    portrait(d.photoSeed, "translate(37 100) scale(1.75)"),
    d.holdingIdCard ? heldIdCard(d.photoSeed) : "",
    `<rect width="${W}" height="${H}" fill="url(#sf-light)"/>`,
  ].join("");
  return svgDocument(W, H, d.holdingIdCard ? "手持身份证自拍" : "自拍", body);
}
