// The alert queue's strings as client components read them (useMessages("alerts")), and fill() for their
// {placeholders}, from the catalogue-free module so no page carries both catalogues.
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export type AlertMessages = Messages["alerts"];

export { fill } from "@/lib/i18n/fill";
