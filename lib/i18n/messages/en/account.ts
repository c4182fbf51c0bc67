import type { Messages } from "../zh-CN";

export const account: Messages["account"] = {};
