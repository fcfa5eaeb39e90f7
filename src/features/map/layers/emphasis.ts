/** What the current selection relates to; null when nothing is selected and nothing is dimmed. */
export interface Emphasis {
  organisations: ReadonlySet<string>;
  pairings: ReadonlySet<string>;
}

const FULL = 255;
const DIMMED = 50;

export function alphaFor(emphasis: Emphasis | null, related: boolean): number {
  return emphasis === null || related ? FULL : DIMMED;
}

/** A whole layer stepped back behind an emphasis, as one setting rather than a colour per item. */
export const DIMMED_OPACITY = DIMMED / FULL;
