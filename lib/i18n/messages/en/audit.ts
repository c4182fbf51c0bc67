import type { Messages } from "../zh-CN";

export const audit: Messages["audit"] = {};
