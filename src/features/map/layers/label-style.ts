import type { LabelAnchor, PlacedLabel } from '../../../domain/label-placement';

/** Map text: ink on a white halo (signed-distance glyphs), so it reads over lines and land alike. */
export const LABEL_FONT = {
  fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif',
  fontWeight: 600,
  getSize: 12,
  fontSettings: { sdf: true, fontSize: 48, buffer: 6, radius: 12 },
  outlineWidth: 5,
} as const;

export const INK: [number, number, number] = [20, 30, 45];

const textAnchorOf = (anchor: LabelAnchor) =>
  anchor === 'right' ? 'start' : anchor === 'left' ? 'end' : 'middle';

const baselineOf = (anchor: LabelAnchor) =>
  anchor === 'below' ? 'top' : anchor === 'above' ? 'bottom' : 'center';

/** A TextLayer's accessors for a label where the label layout placed it, around its point. */
export const AS_PLACED = {
  getPixelOffset: ({ placed }: { placed: PlacedLabel }) => placed.offset,
  getTextAnchor: ({ placed }: { placed: PlacedLabel }) => textAnchorOf(placed.anchor),
  getAlignmentBaseline: ({ placed }: { placed: PlacedLabel }) => baselineOf(placed.anchor),
};
