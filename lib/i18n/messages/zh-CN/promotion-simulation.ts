// 上线前模拟: strings of this area (en/promotion-simulation.ts carries the same keys).
export const promotionSimulation = {
  title: "上线前模拟",
};
