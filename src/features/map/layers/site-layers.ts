import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { IconLayer } from '@deck.gl/layers';
import type { OrganisationFacts } from '../../../domain/derive-facts';
import { SELECTION_COLOUR, vendorColour } from '../../../theme/colours';
import { markerRadius, SITE_SIZE } from '../marker-sizes';
import { sharedSiteIconAtlas, type SiteIconAtlas } from '../site-icon-atlas';
import { alphaFor, type Emphasis } from './emphasis';
import { SITE_EXTENSIONS, showOnly } from './gpu-filter';
import { LAYER_IDS } from './layer-ids';

type SiteLayer = IconLayer<OrganisationFacts, DataFilterExtensionProps<OrganisationFacts>>;

/**
 * Two stacked icon layers: a rim (role) under a fill (vendor colour), both in the sector's shape.
 * Given `every` site, both keep them all and hide those the filters leave out on the GPU.
 */
export function createSiteLayers(
  organisations: OrganisationFacts[],
  visible: boolean,
  selectedId: string | null,
  emphasis: Emphasis | null,
  icons: SiteIconAtlas = sharedSiteIconAtlas(),
  every: readonly OrganisationFacts[] = organisations,
): SiteLayer[] {
  const { atlas: image, mapping } = icons;
  const related = (id: string) => emphasis?.organisations.has(id) ?? true;
  const { updateTriggers: filterTriggers, ...filter } = showOnly(every, organisations);
  const common = {
    ...filter,
    extensions: SITE_EXTENSIONS,
    data: every,
    visible,
    iconAtlas: image,
    iconMapping: mapping,
    sizeUnits: 'pixels' as const,
    getIcon: ({ organisation }: OrganisationFacts) => organisation.sector,
    getPosition: ({ organisation }: OrganisationFacts): [number, number] => [
      organisation.lon,
      organisation.lat,
    ],
  };
  return [
    new IconLayer<OrganisationFacts, DataFilterExtensionProps<OrganisationFacts>>({
      ...common,
      id: LAYER_IDS.siteOutlines,
      pickable: false,
      getSize: ({ organisation }) =>
        2 * markerRadius(organisation.role, organisation.id === selectedId),
      getColor: ({ organisation }) => {
        if (organisation.id === selectedId) return [...SELECTION_COLOUR, 255];
        const alpha = alphaFor(emphasis, related(organisation.id));
        return [20, 20, 30, alpha];
      },
      updateTriggers: {
        ...filterTriggers,
        getSize: [selectedId],
        getColor: [selectedId, emphasis],
      },
    }),
    new IconLayer<OrganisationFacts, DataFilterExtensionProps<OrganisationFacts>>({
      ...common,
      id: LAYER_IDS.sites,
      pickable: true,
      getSize: ({ organisation }) => SITE_SIZE[organisation.role],
      getColor: ({ organisation }) => [
        ...vendorColour(organisation.coreVendor),
        alphaFor(emphasis, related(organisation.id)),
      ],
      updateTriggers: { ...filterTriggers, getColor: [emphasis] },
    }),
  ];
}
