import type { PairingFacts } from '../../../domain/derive-facts';
import { FACTORS } from '../../../domain/factors';
import { PAIRING_STATUSES, type PairingStatus } from '../../../domain/model';

export type AlignedRow = { aligned: number } & Record<PairingStatus, number>;

/** Pairings by how many of the five factors line up (0–5), split by status. */
export function alignedByStatus(pairings: PairingFacts[]): AlignedRow[] {
  const rows: AlignedRow[] = Array.from({ length: FACTORS.length + 1 }, (_, aligned) => ({
    aligned,
    active: 0,
    merged: 0,
    dropped: 0,
    unknown: 0,
  }));
  for (const facts of pairings) {
    const row = rows[facts.aligned.length];
    if (row !== undefined) row[facts.pairing.status] += 1;
  }
  return rows;
}

export const STATUS_ORDER: readonly PairingStatus[] = PAIRING_STATUSES;
