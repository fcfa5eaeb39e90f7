import type { PairingFacts } from '../../../domain/derive-facts';
import { vendorKey } from '../../../domain/filters';

export interface VendorMatrix {
  gdeVendors: string[];
  ffVendors: string[];
  /** cells[gdeVendor][ffVendor] = ids of the pairings between them */
  cells: Record<string, Record<string, string[]>>;
}

const byCountThenName = (counts: Map<string, number>) => (a: string, b: string) =>
  (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b, 'en-GB');

/** Exemplar vendor × follower vendor: the diagonal is same-vendor pairings, the rest crossed platforms. */
export function vendorMatrix(pairings: PairingFacts[]): VendorMatrix {
  const cells: VendorMatrix['cells'] = {};
  const gdeCounts = new Map<string, number>();
  const ffCounts = new Map<string, number>();
  for (const { pairing, gde, ff } of pairings) {
    const from = vendorKey(gde.organisation.coreVendor);
    const to = vendorKey(ff.organisation.coreVendor);
    gdeCounts.set(from, (gdeCounts.get(from) ?? 0) + 1);
    ffCounts.set(to, (ffCounts.get(to) ?? 0) + 1);
    const row = (cells[from] ??= {});
    (row[to] ??= []).push(pairing.id);
  }
  return {
    gdeVendors: [...gdeCounts.keys()].sort(byCountThenName(gdeCounts)),
    ffVendors: [...ffCounts.keys()].sort(byCountThenName(ffCounts)),
    cells,
  };
}
