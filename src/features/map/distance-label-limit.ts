/**
 * Above this many lines the distance labels are not drawn: at national scale they would mostly
 * collide, and laying out tens of thousands of them makes every filter slow. (No deck.gl here: the
 * layer controls, in the first chunk, read it too.)
 */
export const MAX_DISTANCE_LABELS = 2000;

export const distanceLabelsCapped = (pairings: readonly unknown[]) =>
  pairings.length > MAX_DISTANCE_LABELS;
