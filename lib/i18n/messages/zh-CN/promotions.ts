// 营销活动: strings of this area (en/promotions.ts carries the same keys).
export const promotions = {
  title: "营销活动",
  errors: {
    notForType: "此活动类型不使用该项，请清空。",
    percentOver100: "返现比例不能超过 100%。",
    capAboveBudget: "单笔返现上限不能高于活动总预算。",
    rewardAboveBudget: "奖励金额不能高于活动总预算。",
    rewardNotBelowThreshold: "返现金额须低于满减门槛。",
    perCustomerAboveTotal: "每位客户预算不能高于活动总预算。",
    perDayAboveTotal: "每日次数上限不能高于每位客户总次数上限。",
    paymentFiltersOnBonus: "渠道、商户类别和最低金额只适用于首次支付奖励。",
    endBeforeStart: "结束时间须晚于开始时间。",
    windowTooLong: "活动期限最长 366 天。",
  },
};
