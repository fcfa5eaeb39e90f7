import { z } from 'zod';
import { APPROACHES, ROLES, KNOWN_SECTORS, type Organisation } from '../domain/model';
import {
  checkUkPosition,
  confidence,
  latitude,
  longitude,
  oneOf,
  optionalList,
  optionalMonth,
  optionalText,
  requiredText,
  sources,
} from './field-schemas';

export const organisationRowSchema = z
  .object({
    id: requiredText.pipe(
      z.string().regex(/^[a-z0-9_-]+$/, {
        error: 'must use only lower-case letters, digits, "-" and "_"',
      }),
    ),
    name: requiredText,
    successor: optionalText,
    ods_code: requiredText,
    sector: oneOf(KNOWN_SECTORS),
    specialty: optionalText,
    role: oneOf(ROLES),
    announced: optionalMonth,
    nhs_region: requiredText,
    stp: optionalText,
    icb_2022: optionalText,
    site_name: requiredText,
    lat: latitude,
    lon: longitude,
    core_vendor: requiredText,
    core_product: optionalText,
    approach: oneOf(APPROACHES),
    merger_with: optionalList,
    merger_date: optionalList,
    sources,
    confidence,
  })
  .superRefine(checkUkPosition)
  .transform((row): Organisation => ({
    id: row.id,
    name: row.name,
    successor: row.successor,
    odsCode: row.ods_code,
    sector: row.sector,
    specialty: row.specialty,
    role: row.role,
    announced: row.announced,
    nhsRegion: row.nhs_region,
    stp: row.stp,
    icb2022: row.icb_2022,
    siteName: row.site_name,
    lat: row.lat,
    lon: row.lon,
    coreVendor: row.core_vendor,
    coreProduct: row.core_product,
    approach: row.approach,
    mergerWith: row.merger_with,
    mergerDate: row.merger_date,
    sources: row.sources,
    confidence: row.confidence,
  }));

/** Columns a file must have; the rest may be absent and read as empty. */
export const ORGANISATION_REQUIRED_COLUMNS = [
  'id',
  'name',
  'ods_code',
  'sector',
  'role',
  'nhs_region',
  'site_name',
  'lat',
  'lon',
  'core_vendor',
  'approach',
  'sources',
  'confidence',
] as const;

export const ORGANISATION_COLUMNS = Object.keys(organisationRowSchema.in.shape);
