import evidenceUrl from '../../data/evidence.csv?url';
import organisationsUrl from '../../data/organisations.csv?url';
import pairingsUrl from '../../data/pairings.csv?url';
import storyUrl from '../../data/story.json?url';
import type { BoundaryLayerId } from '../domain/geo/boundaries';

/** The CSVs are bundled as hashed assets, so a data fix always reaches returning visitors. */
export const ORGANISATIONS_URL = organisationsUrl;
export const PAIRINGS_URL = pairingsUrl;
export const EVIDENCE_URL = evidenceUrl;
export const STORY_URL = storyUrl;

const base = import.meta.env.BASE_URL;

export const BOUNDARY_URLS: Record<BoundaryLayerId, string> = {
  icb: `${base}data/boundaries/icb-2022.topo.json`,
  stp: `${base}data/boundaries/stp-2021.topo.json`,
  region: `${base}data/boundaries/nhs-regions.topo.json`,
};

export const LAND_URL = `${base}data/basemap/land.topo.json`;
