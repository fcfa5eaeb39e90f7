import { lngLatToWorld } from '@math.gl/web-mercator';
import { sameItems } from '../lib/same-items';
import type { OrganisationFacts } from './derive-facts';

export interface SiteStack {
  /** The members' ids joined by "+": stable while the same sites stay together. */
  id: string;
  lon: number;
  lat: number;
  members: OrganisationFacts[];
}

export interface StackedSites {
  singles: OrganisationFacts[];
  stacks: SiteStack[];
}

/**
 * Groups the sites whose markers would overlap at this zoom (centres closer than `distancePx`),
 * so each group can be drawn as one marker with a count. Sites in `keepApart` (the selection) are
 * never stacked. Sites join a group through any member near them (single linkage), found through
 * a grid of `distancePx` cells, so the cost grows with the number of sites, not its square.
 */
export function stackOverlapping(
  organisations: readonly OrganisationFacts[],
  zoom: number,
  distancePx: number,
  keepApart: ReadonlySet<string> = new Set(),
): StackedSites {
  const scale = 2 ** zoom;
  const points = organisations.map((facts) => {
    const [x, y] = lngLatToWorld([facts.organisation.lon, facts.organisation.lat]);
    return { facts, x: (x ?? 0) * scale, y: (y ?? 0) * scale };
  });
  const parent = points.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  const cells = new Map<string, number[]>();
  const cellOf = (x: number, y: number) =>
    `${Math.floor(x / distancePx)},${Math.floor(y / distancePx)}`;
  points.forEach((point, index) => {
    if (keepApart.has(point.facts.organisation.id)) return;
    const cx = Math.floor(point.x / distancePx);
    const cy = Math.floor(point.y / distancePx);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const other of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          const near = points[other];
          if (near === undefined) continue;
          if (Math.hypot(near.x - point.x, near.y - point.y) < distancePx)
            parent[root(index)] = root(other);
        }
      }
    }
    const key = cellOf(point.x, point.y);
    cells.set(key, [...(cells.get(key) ?? []), index]);
  });

  const groups = new Map<number, OrganisationFacts[]>();
  points.forEach((point, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), point.facts]);
  });
  const singles: OrganisationFacts[] = [];
  const stacks: SiteStack[] = [];
  for (const members of groups.values()) {
    const [only] = members;
    if (members.length === 1 && only !== undefined) {
      singles.push(only);
      continue;
    }
    members.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'en-GB'));
    stacks.push({
      id: members.map(({ organisation }) => organisation.id).join('+'),
      lon: members.reduce((sum, { organisation }) => sum + organisation.lon, 0) / members.length,
      lat: members.reduce((sum, { organisation }) => sum + organisation.lat, 0) / members.length,
      members,
    });
  }
  return { singles, stacks };
}

/** The members' extent, for zooming in until the stack opens. */
export function stackBounds(stack: SiteStack): [number, number, number, number] {
  const lons = stack.members.map(({ organisation }) => organisation.lon);
  const lats = stack.members.map(({ organisation }) => organisation.lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * The same groups of the same sites: a zoom step or a filter that regroups nothing keeps the
 * earlier grouping (and its layers). Sites are compared as objects, not by id, so new data with
 * the same ids (moved sites, say) are grouped and drawn anew.
 */
export function sameStacking(a: StackedSites | undefined, b: StackedSites | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    sameItems(a.singles, b.singles) &&
    sameItems(a.stacks, b.stacks, (x, y) => x.id === y.id && sameItems(x.members, y.members))
  );
}

/**
 * The same stacks, with the sites of `organisations` outside them as singles: what a filter shows
 * in the frame before the sites are grouped anew, so a site the filter brings back is drawn and one
 * it hides is not, while the stacks keep their layers for that frame.
 */
export function singlesBesideStacks(
  stacked: StackedSites,
  organisations: readonly OrganisationFacts[],
): StackedSites {
  const stackedIds = new Set(
    stacked.stacks.flatMap(({ members }) => members.map(({ organisation }) => organisation.id)),
  );
  return {
    stacks: stacked.stacks,
    singles: organisations.filter(({ organisation }) => !stackedIds.has(organisation.id)),
  };
}
