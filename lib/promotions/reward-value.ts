// What a reward costs the bank: cashback is its amount, points are worth POINT_VALUE_FEN each (100 points
// redeem for ¥1). Budgets, per-customer budgets and the guard's shares all count this one cost, so a points
// campaign and a cashback campaign spend the same budget the same way.

/** The value of one point in fen: 1 point = 1 fen, 100 points = ¥1. */
export const POINT_VALUE_FEN = 1n;
/** The wallet's ordinary earn rate, which a POINTS_MULTIPLIER promotion multiplies: 1 point per whole yuan paid. */
export const BASE_POINTS_PER_YUAN = 1;

/** The cost of a reward of amountFen cash and `points` points. */
export function costOf(amountFen: bigint, points: number): bigint {
  return amountFen + BigInt(points) * POINT_VALUE_FEN;
}

/** The most points whose value fits in `fen` (rounded down): a budget trims points by their value. */
export function pointsWorth(fen: bigint): number {
  return fen <= 0n ? 0 : Number(fen / POINT_VALUE_FEN);
}
