/**
 * A small seeded generator (mulberry32), so a failing abuse run can be repeated exactly:
 * `KITH_ABUSE_SEED=<the seed it printed> npx vitest run test/abuse/`. No dependency: the suite
 * needs a few dozen lines of randomness, not a property-testing framework.
 */
export class Seeded {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  word(length = 1 + this.int(12)): string {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';
    return Array.from({ length }, () => letters[this.int(letters.length)]).join('');
  }

  /** Any JSON value, of random shape, at most `depth` levels deep. */
  json(depth = 3): unknown {
    const kind = this.int(depth > 0 ? 9 : 6);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.pick([0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31]);
      case 3:
        return this.word();
      case 4:
        return '';
      case 5:
        return this.pick(['true', '12', 'null', '[]', '{}', 'NaN']);
      case 6:
      case 7:
        return Object.fromEntries(
          Array.from({ length: this.int(4) }, () => [this.word(), this.json(depth - 1)] as const),
        );
      default:
        return Array.from({ length: this.int(4) }, () => this.json(depth - 1));
    }
  }
}

/** The run's seed: fixed unless KITH_ABUSE_SEED says otherwise, so CI repeats the same run. */
export function abuseSeed(): number {
  const asked = Number(process.env.KITH_ABUSE_SEED);
  return Number.isInteger(asked) && asked > 0 ? asked : 15_2026;
}
