// Chinese names as toneless pinyin ("zhang wei"), for search and fuzzy watchlist matching. The surname
// mode reads the first character as a surname (单 -> shan, not dan); ü is written v.
import { pinyin } from "pinyin-pro";

export function namePinyin(name: string): string {
  return pinyin(name.replace(/\s+/g, ""), { toneType: "none", type: "array", surname: "head", v: true })
    .join(" ")
    .toLowerCase();
}

/**
 * The search key of a pinyin spelling: lower case letters only ("Zhang Wei", "zhang-wei" -> "zhangwei"),
 * so staff find a customer however they space what they type. ü may be typed v or u:, both give v.
 */
export function pinyinKey(text: string): string {
  return text.toLowerCase().replace(/u:|ü/g, "v").replace(/[^a-z]/g, "");
}
