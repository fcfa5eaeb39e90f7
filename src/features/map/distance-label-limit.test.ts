import { describe, expect, it } from 'vitest';
import type { PairingFacts } from '../../domain/derive-facts';
import { MAX_DISTANCE_LABELS } from './distance-label-limit';
import { createDistanceLabelsLayer } from './layers/distance-labels-layer';

// Only the count matters to the limit; the layer is built, never drawn.
const pairings = (count: number) => Array.from({ length: count }, () => ({}) as PairingFacts);

describe('distance labels at scale', () => {
  it.each([
    ['a few lines, labels on', 25, true, true, 25],
    ['exactly the limit', MAX_DISTANCE_LABELS, true, true, MAX_DISTANCE_LABELS],
    ['one over the limit', MAX_DISTANCE_LABELS + 1, true, false, 0],
    ['labels switched off', 25, false, false, 0],
  ])('%s', (_name, count, wanted, drawn, laidOut) => {
    const layer = createDistanceLabelsLayer(pairings(count), wanted, null);
    expect(layer.props.visible).toBe(drawn);
    expect((layer.props.data as unknown[]).length).toBe(laidOut);
  });
});
