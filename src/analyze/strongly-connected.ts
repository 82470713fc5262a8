/**
 * Strongly connected components (Tarjan, iterative so long dialogues cannot
 * overflow the stack) of the subgraph induced by `within`. Returns a component
 * number per node (-1 outside `within`) and which components hold a cycle.
 */
export function stronglyConnected(
  count: number,
  successors: (node: number) => Iterable<number>,
  within: (node: number) => boolean,
): { component: Int32Array; cyclic: boolean[] } {
  const component = new Int32Array(count).fill(-1);
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const cyclic: boolean[] = [];
  let next = 0;

  for (let root = 0; root < count; root++) {
    if (!within(root) || index[root] !== -1) continue;
    const work: Array<{ node: number; iterator: Iterator<number> }> = [];
    const open = (node: number) => {
      index[node] = low[node] = next++;
      stack.push(node);
      onStack[node] = 1;
      work.push({ node, iterator: successors(node)[Symbol.iterator]() });
    };
    open(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const step = frame.iterator.next();
      if (!step.done) {
        const to = step.value;
        if (!within(to)) continue;
        if (index[to] === -1) open(to);
        else if (onStack[to]) low[frame.node] = Math.min(low[frame.node]!, index[to]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] !== index[frame.node]) continue;
      const id = cyclic.length;
      let size = 0;
      let selfLoop = false;
      for (;;) {
        const member = stack.pop()!;
        onStack[member] = 0;
        component[member] = id;
        size++;
        if (member === frame.node) break;
      }
      for (const to of successors(frame.node)) if (to === frame.node) selfLoop = true;
      cyclic.push(size > 1 || selfLoop);
    }
  }
  return { component, cyclic };
}
