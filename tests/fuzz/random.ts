// The fuzzer's own chance: a seeded generator with the picks the grammar needs. It is separate
// from the session's random source, so the lines generated do not depend on the engine's draws.

import { createSeededRandom } from '../../src/engine/host.ts';

export interface Rng {
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[3, 'a'], [1, 'b']]` gives 'a' three times as often. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T;
  hex(length: number): string;
}

export function createRng(seed: number): Rng {
  const source = createSeededRandom(seed);
  const int = (n: number) => Math.floor(source.next() * n);
  return {
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (probability) => source.next() < probability,
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
    weighted(choices) {
      const total = choices.reduce((sum, [weight]) => sum + weight, 0);
      let roll = source.next() * total;
      for (const [weight, value] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return choices[choices.length - 1]![1];
    },
    hex(length) {
      let out = '';
      for (let i = 0; i < length; i++) out += int(16).toString(16);
      return out;
    },
  };
}

/** A seed for batch `batch` of a run seeded `seed`, spread so neighbours differ. */
export function batchSeed(seed: number, batch: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(batch + 1, 0xc2b2ae35)) >>> 0;
}
