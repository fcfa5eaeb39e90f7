import { render } from '@testing-library/react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { DeckOverlay, type DeckOverlayProps } from './deck-overlay';

// The map only needs to take the overlay, be asked to repaint and give its canvas's container:
// the overlay never attaches here.
function fakeMap() {
  const triggerRepaint = vi.fn();
  const container = document.createElement('div');
  const laidOut = vi.spyOn(container, 'getBoundingClientRect');
  const map = {
    addControl: vi.fn(),
    removeControl: vi.fn(),
    triggerRepaint,
    getCanvasContainer: () => container,
  };
  return { map: map as unknown as MaplibreMap, triggerRepaint, laidOut };
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

  it('has the page laid out as it asks for the repaint, so the frame need not lay it out', () => {
    const { map, laidOut } = fakeMap();
    const layers = [] as DeckOverlayProps['layers'];
    const { rerender } = render(<DeckOverlay {...props(map, { layers })} />);
    expect(laidOut).toHaveBeenCalledTimes(1);
    rerender(<DeckOverlay {...props(map, { layers, getTooltip: () => 'a new tooltip' })} />);
    expect(laidOut).toHaveBeenCalledTimes(1);
    rerender(<DeckOverlay {...props(map, { layers: [] })} />);
    expect(laidOut).toHaveBeenCalledTimes(2);
  });
});
