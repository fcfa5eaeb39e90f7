import type { PairingFacts } from '../../../domain/derive-facts';
import { shortName } from '../../../domain/format';

export type PlatformMatch = 'same' | 'different' | 'unknown';

export interface DistanceBar {
  id: string;
  label: string;
  km: number;
  platform: PlatformMatch;
}

const PLATFORM: Record<PairingFacts['pairing']['sameCoreSystem'], PlatformMatch> = {
  yes: 'same',
  no: 'different',
  unknown: 'unknown',
};

/** Every pairing's straight-line distance, longest first, tagged by shared platform. */
export function distanceSeries(pairings: PairingFacts[]): DistanceBar[] {
  return pairings
    .map((facts) => ({
      id: facts.pairing.id,
      label: `${shortName(facts.gde.organisation.name)} – ${shortName(facts.ff.organisation.name)}`,
      km: Math.round(facts.distanceKm * 10) / 10,
      platform: PLATFORM[facts.pairing.sameCoreSystem],
    }))
    .sort((a, b) => b.km - a.km || a.label.localeCompare(b.label, 'en-GB'));
}
