import type { BoundaryLayerId } from '../../src/domain/geo/boundaries';

/**
 * ONS Open Geography Portal feature services. ONS renames services now and then; when a download
 * fails with "service not found", update the names here (and only here).
 */
export const ONS_SERVICES_BASE =
  'https://services1.arcgis.com/ESMARspQHYMw9BZ9/arcgis/rest/services';

export interface BoundarySource {
  id: BoundaryLayerId;
  /** File name in BOUNDARIES_DIR (already carrying code/name properties). */
  localFile: string;
  onsService: string;
  codeField: string;
  nameField: string;
  output: string;
}

export const BOUNDARY_SOURCES: readonly BoundarySource[] = [
  {
    id: 'icb',
    localFile: 'icb-2022.geojson',
    onsService: 'Integrated_Care_Boards_July_2022_EN_BUC_2022',
    codeField: 'ICB22CD',
    nameField: 'ICB22NM',
    output: 'icb-2022.topo.json',
  },
  {
    id: 'stp',
    localFile: 'stp-2021.geojson',
    onsService: 'Sustainability_and_Transformation_Partnerships_April_2021_EN_BUC_v2',
    codeField: 'STP21CD',
    nameField: 'STP21NM',
    output: 'stp-2021.topo.json',
  },
  {
    id: 'region',
    localFile: 'nhs-regions.geojson',
    onsService: 'NHS_England_Regions_July_2022_EN_BUC_2022',
    codeField: 'NHSER22CD',
    nameField: 'NHSER22NM',
    output: 'nhs-regions.topo.json',
  },
];

export function onsQueryUrl(base: string, source: BoundarySource): string {
  const query = new URLSearchParams({
    where: '1=1',
    outFields: `${source.codeField},${source.nameField}`,
    outSR: '4326',
    f: 'geojson',
  });
  return `${base.replace(/\/$/, '')}/${source.onsService}/FeatureServer/0/query?${query}`;
}

export const BOUNDARIES_OUTPUT_DIR = 'public/data/boundaries';
export const BASEMAP_OUTPUT_DIR = 'public/data/basemap';
export const LAND_OUTPUT_FILE = 'land.topo.json';
