import { render } from '@testing-library/react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { DeckOverlay, type DeckOverlayProps } from './deck-overlay';

// The map only needs to take the overlay and be asked to repaint: the overlay never attaches here.
function fakeMap() {
  const triggerRepaint = vi.fn();
  const map = { addControl: vi.fn(), removeControl: vi.fn(), triggerRepaint };
  return { map: map as unknown as MaplibreMap, triggerRepaint };
}

const props = (map: MaplibreMap, overrides: Partial<DeckOverlayProps> = {}): DeckOverlayProps => ({
  map,
  layers: [],
  getTooltip: () => null,
  onClick: () => {},
  onAfterRender: () => {},
  ...overrides,
});

describe('DeckOverlay', () => {
  it('asks the map to repaint when the layers change, and only then', () => {
    const { map, triggerRepaint } = fakeMap();
    const layers = [] as DeckOverlayProps['layers'];
    const { rerender } = render(<DeckOverlay {...props(map, { layers })} />);
    expect(triggerRepaint).toHaveBeenCalledTimes(1);

    rerender(<DeckOverlay {...props(map, { layers, getTooltip: () => 'a new tooltip' })} />);
    expect(triggerRepaint).toHaveBeenCalledTimes(1);

    rerender(<DeckOverlay {...props(map, { layers: [] })} />);
    expect(triggerRepaint).toHaveBeenCalledTimes(2);
  });
});
