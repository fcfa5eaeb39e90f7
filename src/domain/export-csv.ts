import Papa from 'papaparse';
import type { OrganisationFacts, PairingFacts } from './derive-facts';

/** A byte-order mark so Excel opens the file as UTF-8 (names such as "Children's" stay intact). */
const BOM = '\uFEFF';

export function toCsv(rows: Record<string, string | number>[], columns: string[]): string {
  // escapeFormulae: a cell starting with = + - @ is not run as a formula when opened in a spreadsheet.
  return (
    BOM +
    Papa.unparse(
      { fields: columns, data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
      {
        escapeFormulae: true,
        newline: '\r\n',
      },
    )
  );
}

export const round = (value: number, digits: number) =>
  Math.round(value * 10 ** digits) / 10 ** digits;

export const PAIRING_EXPORT_COLUMNS = [
  'gde_id',
  'gde_name',
  'ff_id',
  'ff_name',
  'sector',
  'status',
  'distance_km',
  'distance_miles',
  'same_core_system',
  'same_ics_2022',
  'same_stp_2021',
  'prior_relationship',
  'merged_with_partner',
  'aligned_factors',
  'flow_direction',
  'sources',
  'confidence',
];

export function pairingsCsv(pairings: PairingFacts[]): string {
  return toCsv(
    pairings.map(
      ({ pairing, gde, ff, distanceKm, distanceMiles, sameIcs, sameStp2021, aligned }) => ({
        gde_id: pairing.gdeId,
        gde_name: gde.organisation.name,
        ff_id: pairing.ffId,
        ff_name: ff.organisation.name,
        sector: pairing.sector,
        status: pairing.status,
        distance_km: round(distanceKm, 1),
        distance_miles: round(distanceMiles, 1),
        same_core_system: pairing.sameCoreSystem,
        same_ics_2022: sameIcs,
        same_stp_2021: sameStp2021,
        prior_relationship: pairing.priorRelationship,
        merged_with_partner: pairing.mergedWithPartner,
        aligned_factors: aligned.length,
        flow_direction: pairing.flowDirection,
        sources: pairing.sources.join(';'),
        confidence: pairing.confidence.text,
      }),
    ),
    PAIRING_EXPORT_COLUMNS,
  );
}

export const ORGANISATION_EXPORT_COLUMNS = [
  'id',
  'name',
  'role',
  'sector',
  'ods_code',
  'site_name',
  'lat',
  'lon',
  'core_vendor',
  'core_product',
  'icb_2022',
  'stp_2021',
  'nhs_region_2022',
  'successor',
  'sources',
  'confidence',
];

export function organisationsCsv(organisations: OrganisationFacts[]): string {
  return toCsv(
    organisations.map(({ organisation, areas }) => ({
      id: organisation.id,
      name: organisation.name,
      role: organisation.role,
      sector: organisation.sector,
      ods_code: organisation.odsCode,
      site_name: organisation.siteName,
      lat: organisation.lat,
      lon: organisation.lon,
      core_vendor: organisation.coreVendor,
      core_product: organisation.coreProduct ?? '',
      icb_2022: areas.icb?.name ?? 'unknown',
      stp_2021: areas.stp?.name ?? 'unknown',
      nhs_region_2022: areas.region?.name ?? 'unknown',
      successor: organisation.successor ?? '',
      sources: organisation.sources.join(';'),
      confidence: organisation.confidence.text,
    })),
    ORGANISATION_EXPORT_COLUMNS,
  );
}
