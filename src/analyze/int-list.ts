/** A growable list of 32-bit integers: a typed array that doubles when full, so large graphs are stored flat. */
export class IntList {
  length = 0;
  private items = new Int32Array(1024);

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /** A copy exactly as long as the list. */
  toInt32Array(): Int32Array {
    return this.items.slice(0, this.length);
  }
}
