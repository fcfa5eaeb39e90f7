/**
 * Other names people give the columns, matched after lower-casing and turning spaces and dashes
 * into "_" (so "Latitude", "LAT" and "lat" all work). Each maps to the documented column.
 */
export type ColumnAliases = Readonly<Record<string, string>>;

export const ORGANISATION_ALIASES: ColumnAliases = {
  organisation_id: 'id',
  org_id: 'id',
  organisation: 'name',
  organisation_name: 'name',
  org_name: 'name',
  trust: 'name',
  trust_name: 'name',
  provider: 'name',
  provider_name: 'name',
  organisation_code: 'ods_code',
  type: 'role',
  organisation_type: 'role',
  programme_role: 'role',
  gde_or_ff: 'role',
  trust_type: 'sector',
  organisation_sector: 'sector',
  icb: 'icb_2022',
  ics: 'icb_2022',
  ods: 'ods_code',
  org_code: 'ods_code',
  region: 'nhs_region',
  site: 'site_name',
  main_site: 'site_name',
  latitude: 'lat',
  y: 'lat',
  longitude: 'lon',
  long: 'lon',
  lng: 'lon',
  x: 'lon',
  vendor: 'core_vendor',
  epr_vendor: 'core_vendor',
  supplier: 'core_vendor',
  epr_supplier: 'core_vendor',
  epr_system_supplier: 'core_vendor',
  product: 'core_product',
  epr_product: 'core_product',
  source: 'sources',
  source_urls: 'sources',
};

export const PAIRING_ALIASES: ColumnAliases = {
  gde: 'gde_id',
  gde_name: 'gde_id',
  gde_trust: 'gde_id',
  exemplar: 'gde_id',
  exemplar_id: 'gde_id',
  exemplar_name: 'gde_id',
  exemplar_trust: 'gde_id',
  lead: 'gde_id',
  lead_trust: 'gde_id',
  ff: 'ff_id',
  ff_name: 'ff_id',
  ff_trust: 'ff_id',
  fast_follower: 'ff_id',
  fast_follower_id: 'ff_id',
  fast_follower_name: 'ff_id',
  fast_follower_trust: 'ff_id',
  follower: 'ff_id',
  follower_trust: 'ff_id',
  pairing_status: 'status',
  announced_date: 'announced',
  source: 'sources',
  source_urls: 'sources',
};

export function normaliseHeader(header: string, aliases: ColumnAliases): string {
  const name = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return aliases[name] ?? name;
}
