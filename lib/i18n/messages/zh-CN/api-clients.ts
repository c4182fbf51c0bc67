// 接口客户端: strings of this area (en/api-clients.ts carries the same keys).
export const apiClients = {
  title: "接口客户端",
};
