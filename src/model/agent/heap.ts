/** A max-heap of numbered entries by key; equal keys come out in the order they went in (lower id first). */
export interface MaxHeap {
  readonly keys: number[];
  readonly ids: number[];
}

export const emptyHeap = (): MaxHeap => ({ keys: [], ids: [] });

const above = (h: MaxHeap, x: number, y: number): boolean =>
  h.keys[x] > h.keys[y] || (h.keys[x] === h.keys[y] && h.ids[x] < h.ids[y]);

function swap(h: MaxHeap, x: number, y: number): void {
  const k = h.keys[x];
  h.keys[x] = h.keys[y];
  h.keys[y] = k;
  const i = h.ids[x];
  h.ids[x] = h.ids[y];
  h.ids[y] = i;
}

export function push(h: MaxHeap, key: number, id: number): void {
  h.keys.push(key);
  h.ids.push(id);
  for (let i = h.keys.length - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (!above(h, i, parent)) return;
    swap(h, i, parent);
    i = parent;
  }
}

/** Removes the top entry and returns its id (the heap must not be empty). */
export function pop(h: MaxHeap): number {
  const top = h.ids[0];
  const lastKey = h.keys.pop() as number;
  const lastId = h.ids.pop() as number;
  if (h.keys.length === 0) return top;
  h.keys[0] = lastKey;
  h.ids[0] = lastId;
  for (let i = 0; ; ) {
    const a = 2 * i + 1;
    const b = a + 1;
    let best = i;
    if (a < h.keys.length && above(h, a, best)) best = a;
    if (b < h.keys.length && above(h, b, best)) best = b;
    if (best === i) return top;
    swap(h, i, best);
    i = best;
  }
}
