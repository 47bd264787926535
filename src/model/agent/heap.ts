/**
 * A max-heap of numbered entries by key; equal keys come out in the order they went in (lower id first). It
 * lives on typed arrays that grow and are kept: a search clears it and fills it again, allocating nothing.
 */
export interface MaxHeap {
  keys: Float64Array;
  ids: Int32Array;
  size: number;
}

export const emptyHeap = (capacity = 64): MaxHeap => ({
  keys: new Float64Array(capacity),
  ids: new Int32Array(capacity),
  size: 0,
});

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
  if (h.size === h.keys.length) {
    const keys = new Float64Array(2 * h.size);
    keys.set(h.keys);
    const ids = new Int32Array(2 * h.size);
    ids.set(h.ids);
    h.keys = keys;
    h.ids = ids;
  }
  h.keys[h.size] = key;
  h.ids[h.size] = id;
  h.size++;
  for (let i = h.size - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (!above(h, i, parent)) return;
    swap(h, i, parent);
    i = parent;
  }
}

/** Removes the top entry and returns its id (the heap must not be empty). */
export function pop(h: MaxHeap): number {
  const top = h.ids[0];
  h.size--;
  if (h.size === 0) return top;
  h.keys[0] = h.keys[h.size];
  h.ids[0] = h.ids[h.size];
  for (let i = 0; ; ) {
    const a = 2 * i + 1;
    const b = a + 1;
    let best = i;
    if (a < h.size && above(h, a, best)) best = a;
    if (b < h.size && above(h, b, best)) best = b;
    if (best === i) return top;
    swap(h, i, best);
    i = best;
  }
}
