// The simulated host's sources of time and chance. The engine never reads the real clock or
// Math.random: both are injected, so the same commands from the same start print the same bytes.

export interface Clock {
  /** Milliseconds since the Unix epoch, as Date.now() gives them. */
  now(): number;
}

export interface RandomSource {
  /** A float in [0, 1). */
  next(): number;
}

/** A clock that only moves when told to; every reading advances it by `stepMs`. */
export function createManualClock(startMs: number, stepMs = 0): Clock & { advance(ms: number): void } {
  let current = startMs;
  return {
    now() {
      const value = current;
      current += stepMs;
      return value;
    },
    advance(ms: number) {
      current += ms;
    },
  };
}

export function createSystemClock(): Clock {
  return { now: () => Date.now() };
}

/** mulberry32: small, fast, and good enough for ids and addresses. */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** `length` lowercase hex digits, the shape of container and image ids. */
export function randomHex(random: RandomSource, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += Math.floor(random.next() * 16).toString(16);
  return out;
}

export interface Logger {
  debug(message: string, data?: unknown): void;
  warn(message: string, data?: unknown): void;
}

export const silentLogger: Logger = { debug() {}, warn() {} };
