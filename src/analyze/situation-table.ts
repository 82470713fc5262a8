/**
 * Interns fixed-width tuples of numbers (a situation's key: its state and the
 * values guards read) and numbers them 0, 1, 2… in the order first seen. All
 * tuples live in one flat array and the hash slots in another, so a graph of a
 * hundred thousand situations costs a few megabytes and no string keys.
 */
export class SituationTable {
  /** How many tuples are stored. */
  size = 0;
  private values: Float64Array;
  /** Open addressing, linear probing: tuple index + 1, or 0 for an empty slot. */
  private slots: Int32Array;

  constructor(readonly width: number) {
    this.values = new Float64Array(Math.max(1, width) * 1024);
    this.slots = new Int32Array(2048);
  }

  /** The number of the tuple at `tuple[offset]` (`width` entries), added if it is new. */
  intern(tuple: ArrayLike<number>, offset = 0): number {
    const mask = this.slots.length - 1;
    for (let slot = hash(tuple, offset, this.width) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) {
        const index = this.add(tuple, offset);
        this.slots[slot] = index + 1;
        // Kept at most half full so probes stay short.
        if (this.size * 2 > this.slots.length) this.rehash();
        return index;
      }
      if (this.equals(held - 1, tuple, offset)) return held - 1;
    }
  }

  /** Entry `k` of tuple `index`. */
  at(index: number, k: number): number {
    return this.values[index * this.width + k]!;
  }

  /** Copies tuple `index` into `into`. */
  copy(index: number, into: Float64Array): void {
    const base = index * this.width;
    for (let k = 0; k < this.width; k++) into[k] = this.values[base + k]!;
  }

  private equals(index: number, tuple: ArrayLike<number>, offset: number): boolean {
    const base = index * this.width;
    for (let k = 0; k < this.width; k++) if (this.values[base + k] !== tuple[offset + k]) return false;
    return true;
  }

  private add(tuple: ArrayLike<number>, offset: number): number {
    const base = this.size * this.width;
    if (base + this.width > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    for (let k = 0; k < this.width; k++) this.values[base + k] = tuple[offset + k]!;
    return this.size++;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.size; index++) {
      let slot = hash(this.values, index * this.width, this.width) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }
}

/** FNV-style mixing of each entry's low and high 32 bits (meters may exceed 32 bits). */
function hash(tuple: ArrayLike<number>, offset: number, width: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < width; k++) {
    const v = tuple[offset + k]!;
    h = Math.imul(h ^ (v | 0), 0x01000193);
    h = Math.imul(h ^ ((v / 0x100000000) | 0), 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
