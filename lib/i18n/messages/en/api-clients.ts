import type { Messages } from "../zh-CN";

export const apiClients: Messages["apiClients"] = {
  title: "API clients",
};
