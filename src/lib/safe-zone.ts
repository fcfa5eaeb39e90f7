export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/**
 * How far the panels floating over the map reach into it from each side, so a fit or a reset can
 * keep its target in the part people can see (DEFRA's "safe zone"). Panels say which edge they
 * cover with data-covers-map. Each inset is capped at half the map (DEFRA caps at a third, but the
 * tables drawer takes 44 % of the height, and a third left the south coast under it).
 */
export function coveredInsets(map: HTMLElement, extra = 0): Insets {
  const box = map.getBoundingClientRect();
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const panel of document.querySelectorAll<HTMLElement>('[data-covers-map]')) {
    const side = panel.dataset.coversMap;
    const rect = panel.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (side === 'left') insets.left = Math.max(insets.left, rect.right - box.left);
    if (side === 'right') insets.right = Math.max(insets.right, box.right - rect.left);
    if (side === 'bottom') insets.bottom = Math.max(insets.bottom, box.bottom - rect.top);
    if (side === 'top') insets.top = Math.max(insets.top, rect.bottom - box.top);
  }
  for (const side of SIDES) {
    const limit = (side === 'left' || side === 'right' ? box.width : box.height) / 2;
    insets[side] = Math.round(Math.min(Math.max(insets[side], 0), limit) + extra);
  }
  return insets;
}
