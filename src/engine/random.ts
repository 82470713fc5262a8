/** mulberry32: tiny, fast and reproducible across platforms, which is all line variants need. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

export function pick<T>(items: readonly T[], state: number): [item: T, next: number] {
  const [value, next] = nextRandom(state);
  return [items[Math.floor(value * items.length)]!, next];
}

export const randomSeed = (): number => Math.floor(Math.random() * 2 ** 31);
