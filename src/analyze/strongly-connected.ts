/**
 * Strongly connected components (Tarjan, iterative so long dialogues cannot
 * overflow the stack) of the subgraph induced by `within`, over edges stored
 * flat: the edges leaving node i are firstEdge[i] up to firstEdge[i + 1], each
 * going to to[e]. Returns a component number per node (-1 outside `within`),
 * numbered sinks first, and which components hold a cycle.
 */
export function stronglyConnected(
  count: number,
  firstEdge: Int32Array,
  to: Int32Array,
  within: (node: number) => boolean,
): { component: Int32Array; cyclic: boolean[] } {
  const component = new Int32Array(count).fill(-1);
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  /** The next edge to follow from each open node. */
  const cursor = new Int32Array(count);
  const stack = new Int32Array(count);
  let stackSize = 0;
  const work = new Int32Array(count);
  let workSize = 0;
  const cyclic: boolean[] = [];
  let next = 0;

  const open = (node: number) => {
    index[node] = low[node] = next++;
    stack[stackSize++] = node;
    onStack[node] = 1;
    cursor[node] = firstEdge[node]!;
    work[workSize++] = node;
  };
  for (let root = 0; root < count; root++) {
    if (!within(root) || index[root] !== -1) continue;
    open(root);
    while (workSize) {
      const node = work[workSize - 1]!;
      if (cursor[node]! < firstEdge[node + 1]!) {
        const target = to[cursor[node]!]!;
        cursor[node]!++;
        if (!within(target)) continue;
        if (index[target] === -1) open(target);
        else if (onStack[target]) low[node] = Math.min(low[node]!, index[target]!);
        continue;
      }
      workSize--;
      if (workSize) {
        const parent = work[workSize - 1]!;
        low[parent] = Math.min(low[parent]!, low[node]!);
      }
      if (low[node] !== index[node]) continue;
      const id = cyclic.length;
      let size = 0;
      for (;;) {
        const member = stack[--stackSize]!;
        onStack[member] = 0;
        component[member] = id;
        size++;
        if (member === node) break;
      }
      let selfLoop = false;
      for (let e = firstEdge[node]!; e < firstEdge[node + 1]!; e++) if (to[e] === node) selfLoop = true;
      cyclic.push(size > 1 || selfLoop);
    }
  }
  return { component, cyclic };
}
