import { z } from 'zod';
import { CONFIDENCE_LEVELS, type Confidence } from '../domain/model';

/** The UK's extent, generous enough for the Isles of Scilly and Shetland. */
export const UK_BOUNDS = { minLat: 49.8, maxLat: 60.9, minLon: -8.7, maxLon: 1.8 } as const;

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

function coordinate(label: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: `${label} is required but empty` })
    .refine((value) => /^-?\d+(\.\d+)?$/.test(value), {
      error: `${label} must be a decimal number of degrees (e.g. 51.5074)`,
    })
    .transform(Number)
    .refine((value) => value >= min && value <= max, {
      error: `${label} must be between ${min} and ${max} (inside the UK)`,
    });
}

export const latitude = coordinate('latitude', UK_BOUNDS.minLat, UK_BOUNDS.maxLat);
export const longitude = coordinate('longitude', UK_BOUNDS.minLon, UK_BOUNDS.maxLon);

export function splitList(value: string): string[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export const optionalList = z.string().transform(splitList);

function isWebUrl(value: string): boolean {
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

export const confidence = z
  .string()
  .trim()
  .transform((text, context): Confidence => {
    const level = CONFIDENCE_LEVELS.find((candidate) => text.toLowerCase().startsWith(candidate));
    if (level === undefined) {
      context.addIssue({
        code: 'custom',
        message: `must start with one of: ${CONFIDENCE_LEVELS.join(', ')}`,
      });
      return z.NEVER;
    }
    return { level, text };
  });
