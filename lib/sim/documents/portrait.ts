// A stylised head-and-shoulders figure shared by the ID card photo and the selfie. Drawn in a 300x400
// unit box; callers place and scale it. Looks vary with the seed only, so one customer's ID photo and
// selfie show the same person, and a planted "selfie does not match" fault can simply use another seed.
import { num, pickBySeed, rangeBySeed } from "./svg";

/** [face, neck shadow] pairs. */
const SKIN: readonly (readonly [string, string])[] = [
  ["#f3d2b5", "#e2b896"], ["#eac4a0", "#d6a981"], ["#e0b48c", "#c99a70"],
  ["#d5a37a", "#bb875e"], ["#f6dcc4", "#e6c2a3"], ["#c8946a", "#ad7a52"],
];
const HAIR = ["#151515", "#23190f", "#2e2118", "#3b2a1f", "#1c1a1a", "#4a3424", "#5b5550"] as const;
const CLOTHES = ["#2f3e56", "#5b6770", "#7a2e2e", "#2e5a45", "#3c3c3c", "#1f4e79", "#6b4f3a", "#d8d8d8", "#8a6f9e"] as const;

type HairStyle = "short" | "sidePart" | "long" | "bob" | "crop";
const HAIR_STYLES: readonly HairStyle[] = ["short", "sidePart", "long", "bob", "crop"];

function hairBack(style: HairStyle, color: string): string {
  if (style === "long") return `<path d="M82,170 C70,70 120,58 150,58 C185,58 232,70 218,170 L230,330 L70,330 Z" fill="${color}"/>`;
  if (style === "bob") return `<path d="M80,165 C72,72 120,58 150,58 C185,58 230,72 220,165 L224,240 L76,240 Z" fill="${color}"/>`;
  return "";
}

function hairFront(style: HairStyle, color: string): string {
  switch (style) {
    case "short":
      return `<path d="M86,165 C78,82 118,62 150,62 C186,62 224,82 214,165 C210,128 192,108 150,106 C110,108 92,128 86,165 Z" fill="${color}"/>`;
    case "sidePart":
      return `<path d="M86,170 C76,84 116,60 152,60 C190,60 226,84 214,168 C208,124 190,112 170,104 C150,120 110,112 92,140 Z" fill="${color}"/>`;
    case "long":
    case "bob":
      return `<path d="M86,175 C78,84 118,62 150,62 C186,62 224,84 214,175 C206,132 182,104 150,100 C118,112 100,132 86,175 Z" fill="${color}"/>`;
    case "crop":
      return `<path d="M90,150 C86,88 120,72 150,72 C182,72 216,88 210,150 C200,122 182,112 150,112 C118,112 100,122 90,150 Z" fill="${color}" opacity="0.9"/>`;
  }
}

/** The seed's skin, hair and clothing colours, for scenes that draw more of the person (hands, arms). */
export function personColors(seed: number): { skin: string; shade: string; hair: string; clothes: string } {
  const [skin, shade] = pickBySeed(SKIN, seed, 1);
  return { skin, shade, hair: pickBySeed(HAIR, seed, 2), clothes: pickBySeed(CLOTHES, seed, 3) };
}

/** SVG markup for the figure in a 300x400 box; `placement` is an SVG transform for it. */
export function portrait(seed: number, placement: string): string {
  const { skin, shade, hair, clothes } = personColors(seed);
  const style = pickBySeed(HAIR_STYLES, seed, 4);
  const faceWidth = rangeBySeed(56, 66, seed, 5);
  const faceHeight = rangeBySeed(74, 84, seed, 6);
  const glasses = rangeBySeed(0, 4, seed, 7) === 0;
  const collar = clothes === "#d8d8d8" ? "#9aa3ab" : "#f2f2f2";
  const mouthCurve = num(212 + rangeBySeed(3, 10, seed, 8));

  return [
    `<g transform="${placement}">`,
    hairBack(style, hair),
    `<path d="M0,400 L0,350 C0,306 58,286 108,280 L192,280 C242,286 300,306 300,350 L300,400 Z" fill="${clothes}"/>`,
    `<path d="M122,280 L150,330 L178,280 Z" fill="${collar}"/>`,
    `<path d="M124,212 L176,212 L178,284 C165,300 135,300 122,284 Z" fill="${shade}"/>`,
    `<ellipse cx="${num(150 - faceWidth - 2)}" cy="172" rx="11" ry="19" fill="${skin}"/>`,
    `<ellipse cx="${num(150 + faceWidth + 2)}" cy="172" rx="11" ry="19" fill="${skin}"/>`,
    `<ellipse cx="150" cy="160" rx="${faceWidth}" ry="${faceHeight}" fill="${skin}"/>`,
    hairFront(style, hair),
    `<path d="M112,142 Q125,135 138,141 M162,141 Q175,135 188,142" stroke="${hair}" stroke-width="4" fill="none" stroke-linecap="round"/>`,
    `<ellipse cx="125" cy="160" rx="7" ry="4.5" fill="#2a1d15"/><ellipse cx="175" cy="160" rx="7" ry="4.5" fill="#2a1d15"/>`,
    `<path d="M150,166 L144,192 Q150,197 156,192" stroke="${shade}" stroke-width="3" fill="none" stroke-linecap="round"/>`,
    `<path d="M133,212 Q150,${mouthCurve} 167,212" stroke="#a0524a" stroke-width="4" fill="none" stroke-linecap="round"/>`,
    glasses
      ? `<g stroke="#222" stroke-width="3" fill="none"><rect x="105" y="146" width="40" height="28" rx="9"/>` +
        `<rect x="155" y="146" width="40" height="28" rx="9"/><path d="M145,158 L155,158"/></g>`
      : "",
    `</g>`,
  ].join("");
}
