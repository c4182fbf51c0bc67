import type { Messages } from "../zh-CN";

export const promotionReview: Messages["promotionReview"] = {
  title: "Promotion review",
};
