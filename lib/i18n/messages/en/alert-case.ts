import type { Messages } from "../zh-CN";

export const alertCase: Messages["alertCase"] = {
  title: "Alert investigation",
};
