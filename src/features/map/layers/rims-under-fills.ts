/**
 * Markers drawn as a rim with a fill on top, in one layer and so one draw call: the layer's data
 * holds every object twice, all the rims first, so each rim lies under every fill as it did when
 * they were two layers. Picking either copy returns the object itself.
 */
const doubled = new WeakMap<readonly unknown[], readonly unknown[]>();

/** The objects, then the same objects again: the same array for as long as the objects last. */
export function rimsThenFills<T>(objects: readonly T[]): T[] {
  let both = doubled.get(objects);
  if (both === undefined) {
    both = [...objects, ...objects];
    doubled.set(objects, both);
  }
  return both as T[];
}

/** Whether an index into `rimsThenFills(objects)` draws a rim; `count` is objects.length. */
export const isRim = (index: number, count: number) => index < count;
