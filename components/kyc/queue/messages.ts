// The queue's strings as client components receive them: the server passes the locale's kycQueue
// catalogue down, and fill() puts the values into its {placeholders}.
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export type QueueMessages = Messages["kycQueue"];

export { fill } from "@/lib/i18n/translate";
