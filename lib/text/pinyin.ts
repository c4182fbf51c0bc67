// Chinese names as toneless pinyin ("zhang wei"), for search and fuzzy watchlist matching. The surname
// mode reads the first character as a surname (单 -> shan, not dan); ü is written v.
import { pinyin } from "pinyin-pro";

export function namePinyin(name: string): string {
  return pinyin(name.replace(/\s+/g, ""), { toneType: "none", type: "array", surname: "head", v: true })
    .join(" ")
    .toLowerCase();
}
