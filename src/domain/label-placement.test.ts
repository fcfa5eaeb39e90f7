import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest, type TextMetrics } from './label-placement';

// At zoom 8 a degree of longitude is 512 × 2⁸ / 360 ≈ 364 px; near the equator latitude is alike.
const ZOOM = 8;
const PX_PER_DEGREE = (512 * 2 ** ZOOM) / 360;
const METRICS: TextMetrics = { fontPx: 10, charPx: 10, paddingPx: 0 };

const label = (id: string, xPx: number, yPx: number, extra: Partial<LabelRequest> = {}) => ({
  id,
  lon: xPx / PX_PER_DEGREE,
  lat: -yPx / PX_PER_DEGREE,
  text: 'abcd',
  priority: 0,
  always: false,
  clearancePx: 5,
  anchors: ['below', 'right', 'above', 'left'] as const,
  ...extra,
});

const placed = (
  requests: LabelRequest[],
  obstacles = [] as { x: number; y: number; r: number }[],
) =>
  placeLabels(
    requests,
    obstacles.map(({ x, y, r }) => ({
      lon: x / PX_PER_DEGREE,
      lat: -y / PX_PER_DEGREE,
      radiusPx: r,
    })),
    ZOOM,
    METRICS,
  ).map(({ id, anchor }) => `${id}:${anchor}`);

describe('placeLabels', () => {
  it.each([
    {
      name: 'two labels far apart both sit below',
      requests: [label('a', 0, 0), label('b', 200, 0)],
      expected: ['a:below', 'b:below'],
    },
    {
      // "abcd" is 40 × 10 px; below a it spans x −20…20, y 5…15; below b (30 px right) x 10…50.
      name: 'the second of two neighbours moves to its right',
      requests: [label('a', 0, 0, { priority: 2 }), label('b', 30, 0, { priority: 1 })],
      expected: ['a:below', 'b:right'],
    },
    {
      name: 'priority, not order, decides who keeps the first place',
      requests: [label('b', 30, 0, { priority: 1 }), label('a', 0, 0, { priority: 2 })],
      expected: ['a:below', 'b:right'],
    },
    {
      name: 'a label with nowhere to go is left out',
      requests: [
        label('a', 0, 0, { priority: 2, anchors: ['centre'] }),
        label('b', 5, 0, { priority: 1, anchors: ['centre'] }),
      ],
      expected: ['a:centre'],
    },
    {
      name: 'an "always" label is drawn where nothing fits, and placed first',
      requests: [
        label('a', 0, 0, { priority: 9, anchors: ['centre'] }),
        label('b', 5, 0, { always: true, anchors: ['centre'] }),
      ],
      expected: ['b:centre'],
    },
    {
      name: 'equal priorities are settled by the text, so the result is stable',
      requests: [
        label('z', 5, 0, { text: 'Zeta', anchors: ['centre'] }),
        label('y', 0, 0, { text: 'Alpha', anchors: ['centre'] }),
      ],
      expected: ['y:centre'],
    },
  ])('$name', ({ requests, expected }) => {
    expect(placed(requests)).toEqual(expected);
  });

  it.each([
    {
      name: 'a marker under the first place pushes it to the next free one',
      r: 8,
      at: 12,
      expected: 'above',
    },
    { name: 'a marker well away leaves it below', r: 4, at: 60, expected: 'below' },
  ])('$name', ({ r, at, expected }) => {
    expect(placed([label('a', 0, 0)], [{ x: 0, y: at, r }])).toEqual([`a:${expected}`]);
  });

  it('moves to the next free alternative point (along a line) when its own is taken', () => {
    const alongLine = label('b', 5, 0, {
      anchors: ['centre'],
      alternatives: [
        { lon: 10 / PX_PER_DEGREE, lat: 0 },
        { lon: 80 / PX_PER_DEGREE, lat: 0 },
      ],
    });
    const result = placeLabels(
      [label('a', 0, 0, { priority: 1, anchors: ['centre'] }), alongLine],
      [],
      ZOOM,
      METRICS,
    );
    expect(result.map(({ id, lon }) => `${id}@${Math.round(lon * PX_PER_DEGREE)}`)).toEqual([
      'a@0',
      'b@80',
    ]);
  });

  it('tries every point with its first anchor before any point with the next', () => {
    const alongLine = (alternativeX: number) =>
      label('b', 5, 0, {
        anchors: ['centre', 'below'],
        alternatives: [{ lon: alternativeX / PX_PER_DEGREE, lat: 0 }],
      });
    const blocker = label('a', 0, 0, { priority: 1, anchors: ['centre'] });
    const at = (alternativeX: number) =>
      placeLabels([blocker, alongLine(alternativeX)], [], ZOOM, METRICS)
        .filter(({ id }) => id === 'b')
        .map(({ anchor, lon }) => `${anchor}@${Math.round(lon * PX_PER_DEGREE)}`);
    // Free further along: on the line there, not below the middle.
    expect(at(80)).toEqual(['centre@80']);
    // Taken along the line too: below the middle, the first point with the next anchor.
    expect(at(10)).toEqual(['below@5']);
  });

  it('puts an "always" label with nowhere free where it covers least', () => {
    // "abcd" is 40 × 10 px. A marker just right of the point: centred, the label covers 15 × 10 of
    // it; to the left (gap 5), 0. Below, it covers 15 × 5. A second marker leaves no place free.
    const always = label('a', 0, 0, { always: true, anchors: ['centre', 'below', 'left'] });
    const markers = [
      { x: 15, y: 0, r: 10 },
      { x: -45, y: 0, r: 2 },
    ];
    expect(placed([always], markers)).toEqual(['a:left']);
    // Negative control: under one marker covering every try alike, the first try is kept.
    expect(placed([always], [{ x: 0, y: 0, r: 100 }])).toEqual(['a:centre']);
  });

  it('holds for any pan: the same sites moved together get the same anchors', () => {
    const requests = [label('a', 0, 0, { priority: 1 }), label('b', 30, 0)];
    const shifted = requests.map((request) => ({ ...request, lon: request.lon + 0.5 }));
    expect(placed(shifted)).toEqual(placed(requests));
  });

  it('gives deck.gl the gap as a pixel offset for each anchor', () => {
    const offsets = (['below', 'above', 'right', 'left', 'centre'] as const).map(
      (anchor) =>
        placeLabels([label('a', 0, 0, { anchors: [anchor] })], [], ZOOM, METRICS)[0]?.offset,
    );
    expect(offsets).toEqual([
      [0, 5],
      [0, -5],
      [5, 0],
      [-5, 0],
      [0, 0],
    ]);
  });
});
