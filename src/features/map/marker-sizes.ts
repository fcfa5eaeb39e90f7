import type { SiteStack } from '../../domain/stacks';

/** Marker sizes in pixels: exemplars larger with a thick rim, fast followers smaller. */
export const SITE_SIZE = { GDE: 18, FF: 13 } as const;
const SITE_RIM = { GDE: 8, FF: 3 } as const;
/** The selected site's rim grows by this much. */
const SELECTED_GROWTH = 6;

/** Half the drawn width of a site's marker, rim included. */
export const markerRadius = (role: 'GDE' | 'FF', selected = false) =>
  (SITE_SIZE[role] + SITE_RIM[role] + (selected ? SELECTED_GROWTH : 0)) / 2;

/** A stack's fill radius; its white rim adds a little over a pixel. */
export const stackRadius = ({ members }: Pick<SiteStack, 'members'>) =>
  members.length > 9 ? 15 : 13;
