// The customer area's strings as components receive them (the locale's customers catalogue).
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export type CustomersMessages = Messages["customers"];

export { fill } from "@/lib/i18n/translate";
