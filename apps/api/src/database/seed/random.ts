/** A small deterministic PRNG (mulberry32): the same seed gives the same demo rows on every run. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  /** A positive weight with a long tail, for amounts (a few large projects, many small). */
  skewed(): number {
    const u = Math.max(this.next(), 1e-9);
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.exp(0.8 * normal);
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

export { addDays, daysBetween } from '../../common/date';

/** The earlier of two "YYYY-MM-DD" dates. */
export const earlierDate = (a: string, b: string): string => (a < b ? a : b);

/**
 * Splits `total` (integer units) over `weights` exactly: each share is at least `minimum`, the
 * rounding remainder goes to the largest shares, and the shares always sum to `total`.
 */
export function splitExactly(total: bigint, weights: number[], minimum: bigint): bigint[] {
  const n = BigInt(weights.length);
  const spread = total - minimum * n;
  if (spread < 0n) throw new Error('total too small for the minimum share');
  const scale = 1_000_000;
  const w = weights.map((x) => BigInt(Math.max(1, Math.round(x * scale))));
  const sum = w.reduce((a, b) => a + b, 0n);
  const shares = w.map((x) => minimum + (spread * x) / sum);
  let left = total - shares.reduce((a, b) => a + b, 0n);
  const order = w.map((x, i) => [x, i] as const).sort((a, b) => (b[0] > a[0] ? 1 : b[0] < a[0] ? -1 : a[1] - b[1]));
  for (let k = 0; left > 0n; k = (k + 1) % order.length, left--) shares[order[k][1]] += 1n;
  return shares;
}
