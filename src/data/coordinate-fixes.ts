/** Mistakes in coordinates whose correction is unambiguous, offered as "Fix these rows". */
export const FIX_KINDS = ['decimal-comma', 'degrees-minutes-seconds', 'swapped'] as const;
export type FixKind = (typeof FIX_KINDS)[number];

export const FIX_LABELS: Record<FixKind, string> = {
  'decimal-comma': 'read the decimal comma as a point',
  'degrees-minutes-seconds': 'convert degrees, minutes and seconds to decimal degrees',
  swapped: 'swap latitude and longitude back',
};

/** "53,48" → 53.48; null when the value is not a number written with a decimal comma. */
export function fromDecimalComma(value: string): number | null {
  return /^[-+]?\d+,\d+$/.test(value.trim()) ? Number(value.trim().replace(',', '.')) : null;
}

/**
 * Degrees, minutes and seconds ("53°29′30″N", "53 29 30 N", "2°14'W") as decimal degrees, rounded
 * to six places; south and west are negative. Null when the value cannot be read that way.
 */
export function fromDegreesMinutesSeconds(value: string): number | null {
  const match =
    /^\s*([-+]?\d+(?:\.\d+)?)\s*[°º]?\s*(?:(\d+(?:\.\d+)?)\s*['′]?\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″]|'')?\s*)?([NSEW])?\s*$/i.exec(
      value,
    );
  if (match === null) return null;
  const [, degrees = '', minutes = '0', seconds = '0', hemisphere = ''] = match;
  if (Number(minutes) >= 60 || Number(seconds) >= 60) return null;
  const magnitude = Math.abs(Number(degrees)) + Number(minutes) / 60 + Number(seconds) / 3600;
  const negative = degrees.startsWith('-') || /[SW]/i.test(hemisphere);
  return Math.round((negative ? -magnitude : magnitude) * 1e6) / 1e6;
}
