import type { PairingFacts } from '../derive-facts';

/** Pairings that happened (active or merged): the real choices the finder is compared with. */
const REAL_STATUSES = new Set(['active', 'merged']);

const isReal = ({ pairing }: PairingFacts) => REAL_STATUSES.has(pairing.status);

export const realPairings = (pairings: readonly PairingFacts[]) => pairings.filter(isReal);
