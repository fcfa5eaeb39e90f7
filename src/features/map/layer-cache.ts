import type { Layer } from '@deck.gl/core';

type Made = Layer | Layer[];

/** Returns the layer made last time under this key when its inputs are the same (by identity). */
export type LayerCache = <T extends Made>(
  key: string,
  inputs: readonly unknown[],
  make: () => T,
) => T;

/** No memory: every call makes its layer (a still image is drawn once). */
export const makeEveryTime: LayerCache = (_key, _inputs, make) => make();

/**
 * Remembers each layer with the inputs it was made from, so a render in which only the camera or
 * an unrelated layer changed hands deck.gl the same layer objects and it recomputes nothing.
 */
export function createLayerCache(): LayerCache {
  const made = new Map<string, { inputs: readonly unknown[]; layer: Made }>();
  return <T extends Made>(key: string, inputs: readonly unknown[], make: () => T): T => {
    const last = made.get(key);
    if (
      last !== undefined &&
      last.inputs.length === inputs.length &&
      last.inputs.every((input, index) => Object.is(input, inputs[index]))
    )
      return last.layer as T;
    const layer = make();
    made.set(key, { inputs, layer });
    return layer;
  };
}
