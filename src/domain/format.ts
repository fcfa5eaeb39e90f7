const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Short distances keep a decimal so neighbours 1.3 km apart do not read as "1 km". */
/** Whole numbers as people in the UK write them: 50,000. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

export function formatKm(km: number): string {
  return `${(km < 10 ? oneDecimal : wholeNumber).format(km)} km`;
}

export function formatMiles(miles: number): string {
  return `${(miles < 10 ? oneDecimal : wholeNumber).format(miles)} miles`;
}

/** ASCII only: the map's label font atlas holds printable ASCII. */
export function formatDistanceShort(km: number, miles: number): string {
  return `${(km < 10 ? oneDecimal : wholeNumber).format(km)} km (${(miles < 10 ? oneDecimal : wholeNumber).format(miles)} mi)`;
}

export function formatMonth(month: string | null): string {
  if (month === null) return 'unknown';
  const [year, monthNumber] = month.split('-').map(Number);
  if (year === undefined || monthNumber === undefined) return month;
  return monthFormat.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

export const SECTOR_LABELS = {
  acute: 'acute',
  mental_health: 'mental health',
  ambulance: 'ambulance',
  unknown: 'unknown',
} as const;

export const STATUS_LABELS = {
  active: 'active',
  merged: 'merged',
  dropped: 'dropped',
  unknown: 'proposed, unconfirmed',
} as const;

export const TRI_STATE_LABELS = { yes: 'Yes', no: 'No', unknown: 'Unknown' } as const;

export function formatVendor(vendor: string): string {
  if (vendor === 'in-house') return 'in-house system';
  if (vendor === 'multiple') return 'several systems (no single EPR vendor)';
  if (vendor === 'none') return 'no organisation-wide EPR';
  if (vendor === 'unknown') return 'an unknown system';
  return vendor;
}

/** Drops the legal suffix so tables and labels stay readable; the full name stays in the card. */
export function shortName(name: string): string {
  return name.replace(/\s+NHS( Foundation)? Trust$/, '').replace(/^The /, '');
}

export function shortAreaName(name: string): string {
  return name.replace(/^NHS /, '').replace(/ Integrated Care Board$/, '');
}

/** "high for membership; medium for vendor" → label "high", note "for membership; medium for vendor". */
export function splitConfidence(text: string): { label: string; note: string } {
  const label = /^[a-z]+(-[a-z]+)?/i.exec(text)?.[0] ?? text;
  return { label, note: text.slice(label.length).replace(/^[\s:;,.]+/, '') };
}
