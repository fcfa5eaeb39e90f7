import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { IconLayer } from '@deck.gl/layers';
import type { OrganisationFacts } from '../../../domain/derive-facts';
import { SELECTION_COLOUR, vendorColour } from '../../../theme/colours';
import { markerRadius, SITE_SIZE } from '../marker-sizes';
import { sharedSiteIconAtlas, type SiteIconAtlas } from '../site-icon-atlas';
import { alphaFor, type Emphasis } from './emphasis';
import { SITE_EXTENSIONS, showOnly } from './gpu-filter';
import { LAYER_IDS } from './layer-ids';
import { isRim, rimsThenFills } from './rims-under-fills';

type SiteLayer = IconLayer<OrganisationFacts, DataFilterExtensionProps<OrganisationFacts>>;

/**
 * Each site in the sector's shape: a rim (role) under a fill (vendor colour), one layer for both.
 * Given `every` site, it keeps them all and hides those the filters leave out on the GPU. The rim
 * answers the pointer as the fill does, so the whole marker is the site.
 */
export function createSiteLayer(
  organisations: OrganisationFacts[],
  visible: boolean,
  selectedId: string | null,
  emphasis: Emphasis | null,
  icons: SiteIconAtlas = sharedSiteIconAtlas(),
  every: readonly OrganisationFacts[] = organisations,
): SiteLayer {
  const related = (id: string) => emphasis?.organisations.has(id) ?? true;
  const { updateTriggers: filterTriggers, ...filter } = showOnly(every, organisations);
  const count = every.length;
  return new IconLayer<OrganisationFacts, DataFilterExtensionProps<OrganisationFacts>>({
    ...filter,
    extensions: SITE_EXTENSIONS,
    id: LAYER_IDS.sites,
    data: rimsThenFills(every),
    visible,
    pickable: true,
    iconAtlas: icons.atlas,
    iconMapping: icons.mapping,
    sizeUnits: 'pixels',
    getIcon: ({ organisation }) => organisation.sector,
    getPosition: ({ organisation }) => [organisation.lon, organisation.lat],
    getSize: ({ organisation }, { index }) =>
      isRim(index, count)
        ? 2 * markerRadius(organisation.role, organisation.id === selectedId)
        : SITE_SIZE[organisation.role],
    getColor: ({ organisation }, { index }) => {
      const alpha = alphaFor(emphasis, related(organisation.id));
      if (!isRim(index, count)) return [...vendorColour(organisation.coreVendor), alpha];
      if (organisation.id === selectedId) return [...SELECTION_COLOUR, 255];
      return [20, 20, 30, alpha];
    },
    updateTriggers: {
      ...filterTriggers,
      getSize: [selectedId],
      getColor: [selectedId, emphasis],
    },
  });
}
