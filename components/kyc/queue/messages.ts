// The queue's strings as client components read them (useMessages("kycQueue") from the i18n provider),
// and fill() for their {placeholders}, from the catalogue-free module so no page carries both catalogues.
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export type QueueMessages = Messages["kycQueue"];

export { fill } from "@/lib/i18n/fill";
