import { z } from 'zod';
import { CONFIDENCE_LEVELS, type Confidence } from '../domain/model';

/** The UK's extent, generous enough for the Isles of Scilly and Shetland. */
const UK_BOUNDS = { minLat: 49.8, maxLat: 60.9, minLon: -8.7, maxLon: 1.8 } as const;

export const requiredText = z.string().trim().min(1, { error: 'is required but empty' });

export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value));

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .trim()
    .pipe(z.enum(values, { error: `must be one of: ${values.join(', ')}` }));
}

export const optionalMonth = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d{4}-(0[1-9]|1[0-2])$/.test(value), {
    error: 'must be a month written YYYY-MM (e.g. 2017-09), or left empty',
  })
  .transform((value) => (value === '' ? null : value));

/** Degrees-minutes-seconds (53°24'30"N, 53 24 30, 2°59'W) rather than decimal degrees. */
export const DMS_PATTERN =
  /[°º'"′″]|^\s*\d+\s+\d+(\s+\d+(\.\d+)?)?\s*[NSEW]?\s*$|^\s*-?\d+(\.\d+)?\s*[NSEW]\s*$/i;

/** A number of decimal degrees; whether it lies inside the UK is checked with both coordinates. */
function decimalDegrees(label: string) {
  return z
    .string()
    .trim()
    .min(1, { error: `${label} is required but empty` })
    .refine((value) => !DMS_PATTERN.test(value), {
      error: `${label} looks like degrees, minutes and seconds; write decimal degrees instead (e.g. 53.4084 or -2.9916)`,
    })
    .refine((value) => /^-?\d+(\.\d+)?$/.test(value), {
      error: `${label} must be a decimal number of degrees (e.g. 51.5074)`,
    })
    .transform(Number);
}

export const latitude = decimalDegrees('latitude');
export const longitude = decimalDegrees('longitude');

const inRange = (value: number, min: number, max: number) => value >= min && value <= max;

/**
 * Checks a site's coordinates against the UK, with a hint when the two look swapped (a common
 * slip when copying from a mapping tool that writes longitude first).
 */
export function checkUkPosition(
  { lat, lon }: { lat: number; lon: number },
  context: z.RefinementCtx,
): void {
  const { minLat, maxLat, minLon, maxLon } = UK_BOUNDS;
  const latOk = inRange(lat, minLat, maxLat);
  const lonOk = inRange(lon, minLon, maxLon);
  if (latOk && lonOk) return;
  if (inRange(lon, minLat, maxLat) && inRange(lat, minLon, maxLon)) {
    context.addIssue({
      code: 'custom',
      path: ['lat'],
      message: `latitude and longitude look swapped: latitude ${lat} would be a UK longitude and longitude ${lon} a UK latitude`,
    });
    return;
  }
  if (!latOk)
    context.addIssue({
      code: 'custom',
      path: ['lat'],
      message: `latitude must be between ${minLat} and ${maxLat} (inside the UK)`,
    });
  if (!lonOk)
    context.addIssue({
      code: 'custom',
      path: ['lon'],
      message: `longitude must be between ${minLon} and ${maxLon} (inside the UK)`,
    });
}

export function splitList(value: string): string[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export const optionalList = z.string().transform(splitList);

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const sources = z
  .string()
  .transform(splitList)
  .refine((list) => list.length > 0, { error: 'needs at least one source URL' })
  .refine((list) => list.every(isWebUrl), {
    error: 'must be http(s) URLs separated by semicolons',
  });

/** The level a confidence starts with ("medium: for membership; low for vendor" → medium). */
export const confidenceLevelOf = (text: string) =>
  CONFIDENCE_LEVELS.find((candidate) => text.toLowerCase().startsWith(candidate));

export const confidence = z
  .string()
  .trim()
  .transform((text, context): Confidence => {
    const level = confidenceLevelOf(text);
    if (level === undefined) {
      context.addIssue({
        code: 'custom',
        message: `must start with one of: ${CONFIDENCE_LEVELS.join(', ')}`,
      });
      return z.NEVER;
    }
    return { level, text };
  });
