// A seeded random source for the seeds. Math.random and the database's own id defaults would
// make two runs differ; everything a seed writes comes from here or from a Faker seeded with
// the same number, so one seed and one `now` always give the same organisation.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  float(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks `n` distinct items (fewer when there are not enough). */
  sample<T>(items: readonly T[], n: number): T[];
  shuffle<T>(items: readonly T[]): T[];
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** Normally distributed, Box–Muller. */
  normal(mean?: number, sd?: number): number;
  /** An independent stream, so adding draws to one part of a seed does not reshuffle another. */
  fork(label: string): Random;
}

// cyrb128: spreads a string over the 128 bits of sfc32's state.
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

// sfc32 rather than a 32-bit generator: its 128-bit state keeps forked streams from running
// into each other, which matters when millions of ids are drawn for the scale seed.
function sfc32(state: [number, number, number, number]): () => number {
  let [a, b, c, d] = state;
  const step = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) step();
  return step;
}

export function createRandom(seed: number | string): Random {
  const key = String(seed);
  const next = sfc32(hash128(key));
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    sample<T>(items: readonly T[], n: number): T[] {
      return random.shuffle(items).slice(0, Math.max(0, n));
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    weighted<T>(choices: readonly (readonly [T, number])[]): T {
      const total = choices.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of choices) {
        r -= w;
        if (r < 0) return value;
      }
      const last = choices[choices.length - 1];
      if (!last) throw new Error("weighted pick from an empty list");
      return last[0];
    },
    normal(mean = 0, sd = 1) {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    fork: (label) => createRandom(`${key}/${label}`),
  };
  return random;
}

/**
 * cuid-shaped ids ("c" + 24 base-36 characters) drawn from a seeded stream: deterministic, and
 * accepted wherever the app checks for a cuid. Known before insert, so related rows can be
 * built in memory and written in batches.
 */
export function createIdFactory(random: Random): () => string {
  const part = () =>
    Math.floor(random.next() * 2176782336)
      .toString(36)
      .padStart(6, "0");
  return () => `c${part()}${part()}${part()}${part()}`;
}
