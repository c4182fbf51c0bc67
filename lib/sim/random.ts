// The simulator's only source of randomness: a seeded xoroshiro128+ from pure-rand, so that the same seed
// always yields the same wallet population. Never use Math.random() in lib/sim.
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

export interface Random {
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Float in [0, 1). */
  float(): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** Normally distributed value (Box-Muller). */
  normal(mean: number, stdDev: number): number;
  /** An independent stream derived from this seed and a label, so adding draws in one part of the
   *  simulator does not shift the numbers of another. */
  fork(label: string): Random;
}

export function createRandom(seed: number): Random {
  // xoroshiro128+ seeded with neighbouring integers gives nearly linear first outputs (customer:0, :1, …
  // drew 0.877, 0.627, 0.377, …), so the seed is scrambled first and the first outputs thrown away.
  const rng = xoroshiro128plus(scramble(seed));
  for (let i = 0; i < 8; i++) uniformFloat64(rng);
  const random: Random = {
    int: (min, max) => uniformInt(rng, min, max),
    float: () => uniformFloat64(rng),
    chance: (probability) => uniformFloat64(rng) < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[uniformInt(rng, 0, items.length - 1)]!;
    },
    weighted: (items, weight) => {
      let total = 0;
      for (const item of items) total += weight(item);
      let target = uniformFloat64(rng) * total;
      for (const item of items) {
        target -= weight(item);
        if (target < 0) return item;
      }
      return items[items.length - 1]!;
    },
    normal: (mean, stdDev) => {
      const u = 1 - uniformFloat64(rng);
      const v = uniformFloat64(rng);
      return mean + stdDev * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    fork: (label) => createRandom(hashLabel(seed, label)),
  };
  return random;
}

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the whole seed. */
function scramble(seed: number): number {
  let x = seed | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x | 0;
}

/** FNV-1a over the label, mixed with the parent seed: a stable child seed. */
function hashLabel(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
