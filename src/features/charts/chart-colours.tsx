import { STATUS_STYLES, type Rgb } from '../../theme/colours';

const hex = ([r, g, b]: Rgb) =>
  `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;

/** Yes / no / unknown, from Paul Tol's muted scheme, used for factors and for shared platform. */
export const ANSWER_COLOURS = { yes: '#117733', no: '#cc6677', unknown: '#bbbbbb' } as const;

/** The map's status colours; merged is lighter here because a chart cannot draw a thicker bar. */
export const STATUS_COLOURS = {
  active: hex(STATUS_STYLES.active.colour),
  merged: '#6f8fbf',
  dropped: hex(STATUS_STYLES.dropped.colour),
  unknown: hex(STATUS_STYLES.unknown.colour),
} as const;

export const AXIS_TICK = { fill: '#1b1f24', fontSize: 12 } as const;

/** Legend text in ink, not in the series colour, so light series stay readable (WCAG contrast). */
export function legendText(value: string) {
  return <span style={{ color: '#1b1f24' }}>{value}</span>;
}

/** An axis title under the value axis, in ink. */
export function axisTitle(value: string) {
  return { value, position: 'insideBottom' as const, offset: -10, fill: '#1b1f24' };
}

/** Tooltip rows in ink too: Recharts colours each row like its series, often too light to read. */
export const TOOLTIP_ITEM_STYLE = { color: '#1b1f24' } as const;
