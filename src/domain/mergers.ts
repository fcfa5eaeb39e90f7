import type { Organisation } from './model';

export interface Merger {
  /** An id from organisations.csv, or ext:<name> for an organisation outside the data. */
  partner: string;
  /** YYYY-MM, or null when no date is recorded. */
  month: string | null;
}

/** Pairs merger_with with merger_date; one date given for several partners applies to them all. */
export function organisationMergers(organisation: Organisation): Merger[] {
  const { mergerWith, mergerDate } = organisation;
  return mergerWith.map((partner, index) => ({
    partner,
    month: mergerDate[index] ?? (mergerDate.length === 1 ? (mergerDate[0] ?? null) : null),
  }));
}

/** When two organisations merged with each other, as either side records it. */
export function mergerBetween(a: Organisation, b: Organisation): Merger | null {
  const fromA = organisationMergers(a).find(({ partner }) => partner === b.id);
  const fromB = organisationMergers(b).find(({ partner }) => partner === a.id);
  if (fromA === undefined && fromB === undefined) return null;
  return { partner: b.id, month: fromA?.month ?? fromB?.month ?? null };
}

export type MergerTiming = 'by-publication' | 'after-publication' | 'undated';

/** Which side of the evaluation's publication month a merger falls (the month itself counts as by). */
export function mergerTiming(month: string | null, published: string): MergerTiming {
  if (month === null) return 'undated';
  return month <= published ? 'by-publication' : 'after-publication';
}
