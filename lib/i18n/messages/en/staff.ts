import type { Messages } from "../zh-CN";

export const staff: Messages["staff"] = {};
