import { describe, expect, it } from "vitest";
import { createRandom } from "./random";

describe("the simulator's random streams", () => {
  it("give independent-looking first draws for neighbouring labels", () => {
    // The first draw of each customer decides whether a KYC fault is planted: about 10% must be below 0.1
    // in any 300 customers, whatever the seed.
    for (const seed of [7, 20261111, 1]) {
      const first = Array.from({ length: 300 }, (_, i) => createRandom(seed).fork(`customer:${i}`).float());
      const below = first.filter((f) => f < 0.1).length;
      expect(below, `seed ${seed}`).toBeGreaterThan(15);
      expect(below, `seed ${seed}`).toBeLessThan(50);
    }
  });

  it("repeats itself for the same seed", () => {
    expect(createRandom(5).fork("x").int(0, 1_000_000)).toBe(createRandom(5).fork("x").int(0, 1_000_000));
  });
});
