import type { PairingStatus, Role, Sector, TriState } from '../domain/model';

/** Lower case, spaces, dashes and underscores collapsed: "Fast-Follower" and "fast follower" agree. */
export const normaliseWords = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

function lookup<T>(table: Record<string, T>) {
  return (value: string): T | null => table[normaliseWords(value)] ?? null;
}

/** Roles as spreadsheets write them. */
export const roleFromWords = lookup<Role>({
  gde: 'GDE',
  exemplar: 'GDE',
  'global digital exemplar': 'GDE',
  'digital exemplar': 'GDE',
  lead: 'GDE',
  mentor: 'GDE',
  ff: 'FF',
  'fast follower': 'FF',
  follower: 'FF',
  mentee: 'FF',
});

/** Pairing statuses in everyday words; "proposed" is the atlas's unconfirmed (unknown) status. */
export const statusFromWords = lookup<PairingStatus>({
  active: 'active',
  live: 'active',
  merged: 'merged',
  dropped: 'dropped',
  ended: 'dropped',
  withdrawn: 'dropped',
  proposed: 'unknown',
  planned: 'unknown',
  unconfirmed: 'unknown',
  unknown: 'unknown',
});

export const sectorFromWords = lookup<Sector>({
  acute: 'acute',
  'acute trust': 'acute',
  'mental health': 'mental_health',
  'mental health trust': 'mental_health',
  'community and mental health': 'mental_health',
  ambulance: 'ambulance',
  'ambulance trust': 'ambulance',
  'ambulance service': 'ambulance',
  unknown: 'unknown',
});

export const triStateFromWords = lookup<TriState>({
  yes: 'yes',
  y: 'yes',
  true: 'yes',
  '1': 'yes',
  no: 'no',
  n: 'no',
  false: 'no',
  '0': 'no',
  unknown: 'unknown',
});
