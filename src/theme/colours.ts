import type { PairingStatus } from '../domain/model';
import { vendorGroup } from '../domain/vendors';

export type Rgb = [number, number, number];

/**
 * Paul Tol's "muted" qualitative scheme: nine colours designed to stay distinct for the common
 * colour-vision deficiencies, plus the pear and pink of his "light" scheme for the two
 * ambulance-only suppliers (kept away from the navy pairing lines and the orange selection).
 * Greys are kept for "no single vendor" and "unknown".
 */
export const VENDOR_COLOURS: Record<string, Rgb> = {
  Cerner: [51, 34, 136],
  Epic: [204, 102, 119],
  MEDITECH: [17, 119, 51],
  Servelec: [136, 204, 238],
  Advanced: [221, 204, 119],
  'System C': [170, 68, 153],
  'IMS MAXIMS': [68, 170, 153],
  Allscripts: [153, 153, 51],
  InterSystems: [136, 34, 85],
  Cleric: [187, 204, 51],
  Ortivus: [255, 170, 187],
};
export const NO_SINGLE_VENDOR_COLOUR: Rgb = [85, 85, 85];
export const UNKNOWN_VENDOR_COLOUR: Rgb = [221, 221, 221];
const OTHER_VENDOR_COLOUR: Rgb = [0, 0, 0];

export function vendorColour(vendor: string): Rgb {
  const group = vendorGroup(vendor);
  if (group === 'unknown') return UNKNOWN_VENDOR_COLOUR;
  if (group === 'no-single-vendor') return NO_SINGLE_VENDOR_COLOUR;
  return VENDOR_COLOURS[vendor] ?? OTHER_VENDOR_COLOUR;
}

export interface LineStyle {
  colour: Rgb;
  /** [dash, gap] in line widths; [0, 0] draws a solid line. */
  dash: [number, number];
  width: number;
  label: string;
}

export const STATUS_STYLES: Record<PairingStatus, LineStyle> = {
  active: { colour: [31, 58, 95], dash: [0, 0], width: 3, label: 'Active' },
  merged: { colour: [31, 58, 95], dash: [0, 0], width: 5, label: 'Merged (thick)' },
  dropped: { colour: [178, 58, 72], dash: [4, 2], width: 2.5, label: 'Dropped (dashed)' },
  unknown: {
    colour: [110, 110, 120],
    dash: [1, 1.5],
    width: 2.5,
    label: 'Proposed, unconfirmed (dotted)',
  },
};

/** The finder's lines: Paul Tol's vibrant teal and magenta, apart from the navy real pairings. */
export const FINDER_STYLES: Record<'candidate' | 'actual' | 'plan', LineStyle> = {
  candidate: {
    colour: [0, 153, 136],
    dash: [3, 2],
    width: 3,
    label: 'Candidate partner (dashed teal)',
  },
  actual: {
    colour: [0, 119, 106],
    dash: [3, 1.5],
    width: 6,
    label: 'Actual partner as a candidate (thick teal)',
  },
  plan: { colour: [238, 51, 119], dash: [0, 0], width: 3, label: 'Suggested plan (magenta)' },
};

export const SEA_COLOUR = '#dce8f0';
export const LAND_COLOUR = '#f7f5ef';
export const COAST_COLOUR = '#9aa9b5';
export const BOUNDARY_LINE: Rgb = [120, 110, 150];
export const SELECTION_COLOUR: Rgb = [255, 140, 0];
export const MUTED_LINE: Rgb = [150, 150, 150];
