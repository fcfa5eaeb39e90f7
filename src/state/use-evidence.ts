import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { evidenceQuery } from '../data/evidence-query';
import type { EvidenceItem } from '../domain/evidence';
import { useOwnChecked } from './use-own-checked';

export type EvidenceState =
  | { status: 'pending' }
  | { status: 'error'; message: string; retry: () => void }
  /** Someone's own data came without an evidence.csv: the paper's evidence is not theirs. */
  | { status: 'none' }
  | { status: 'ready'; items: EvidenceItem[] };

/** The evidence behind the knowledge-flow charts: the paper's, or the file someone brought. */
export function useEvidence(): EvidenceState {
  const { showingOwn, checked } = useOwnChecked();
  const paper = useQuery({ ...evidenceQuery, enabled: !showingOwn });
  const rows = showingOwn ? checked?.evidence?.valid : paper.data?.valid;
  const items = useMemo(() => rows?.map(({ value }) => value), [rows]);
  if (showingOwn) {
    if (checked === undefined) return { status: 'pending' };
    return items === undefined ? { status: 'none' } : { status: 'ready', items };
  }
  if (paper.isError)
    return { status: 'error', message: paper.error.message, retry: () => void paper.refetch() };
  return items === undefined ? { status: 'pending' } : { status: 'ready', items };
}
