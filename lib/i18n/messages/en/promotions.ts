import type { Messages } from "../zh-CN";

export const promotions: Messages["promotions"] = {
  title: "Promotions",
  errors: {
    notForType: "This promotion type does not use this field; clear it.",
    percentOver100: "The cashback rate cannot be more than 100%.",
    capAboveBudget: "The cap per payment cannot be higher than the total budget.",
    rewardAboveBudget: "The reward cannot be higher than the total budget.",
    rewardNotBelowThreshold: "The cashback must be less than the minimum spend.",
    perCustomerAboveTotal: "The budget per customer cannot be higher than the total budget.",
    perDayAboveTotal: "The daily limit cannot be higher than the limit per customer.",
    paymentFiltersOnBonus: "Channels, merchant categories and a minimum amount apply only to a first-payment bonus.",
    endBeforeStart: "The end must be after the start.",
    windowTooLong: "A promotion runs for at most 366 days.",
  },
};
