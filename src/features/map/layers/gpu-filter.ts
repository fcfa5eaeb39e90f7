import type { Accessor } from '@deck.gl/core';
import {
  DataFilterExtension,
  PathStyleExtension,
  type DataFilterExtensionProps,
} from '@deck.gl/extensions';

/**
 * Every line and site layer carries the same extensions, even where nothing is hidden: layers
 * whose shaders match share one program, so the first frame compiles no more programs than it
 * would without the filter.
 */
const shown = new DataFilterExtension({ filterSize: 1 });
export const SITE_EXTENSIONS = [shown];
export const LINE_EXTENSIONS = [new PathStyleExtension({ dash: true }), shown];

/**
 * Draws only the objects in `kept`, a subset of the layer's stable `every`: a filter then sends
 * the GPU one number per object (shown or not), where new data would make deck.gl rebuild every
 * attribute. Without `kept` (or when it is everything) nothing is hidden.
 */
export function showOnly<T>(
  every: readonly T[],
  kept: readonly T[] | null,
): DataFilterExtensionProps<T> & { updateTriggers: { getFilterValue: unknown[] } } {
  if (kept === null || kept === every || kept.length === every.length)
    return { filterEnabled: false, getFilterValue: 1, updateTriggers: { getFilterValue: [] } };
  const mask = shownMask(every, kept);
  // Layers that draw each object twice (a rim under a fill) hold `every` twice over.
  const getFilterValue: Accessor<T, number> = (_object, { index }) =>
    mask[index % mask.length] ?? 0;
  return {
    filterEnabled: true,
    filterRange: [0.5, 1.5],
    getFilterValue,
    updateTriggers: { getFilterValue: [kept] },
  };
}

const positions = new WeakMap<readonly unknown[], Map<unknown, number>>();

/** 1 for each object of `every` that is in `kept`, else 0; each list's positions found once. */
export function shownMask<T>(every: readonly T[], kept: readonly T[]): Uint8Array {
  let indexOf = positions.get(every);
  if (indexOf === undefined) {
    indexOf = new Map(every.map((object, index) => [object, index]));
    positions.set(every, indexOf);
  }
  const mask = new Uint8Array(every.length);
  for (const object of kept) {
    const index = indexOf.get(object);
    if (index !== undefined) mask[index] = 1;
  }
  return mask;
}
