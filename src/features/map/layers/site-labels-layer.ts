import { TextLayer } from '@deck.gl/layers';
import { shortName } from '../../../domain/format';
import type { LabelLayout } from '../label-layout';
import { alphaFor, type Emphasis } from './emphasis';
import { AS_PLACED, INK, LABEL_FONT } from './label-style';
import { LAYER_IDS } from './layer-ids';

type Name = LabelLayout['names'][number];

/** Organisation names where the label layout found room for them, beside their markers. */
export function createSiteLabelsLayer(names: readonly Name[], emphasis: Emphasis | null) {
  const alpha = ({ facts }: Name) =>
    alphaFor(emphasis, emphasis?.organisations.has(facts.organisation.id) ?? true);
  return new TextLayer<Name>({
    id: LAYER_IDS.siteLabels,
    data: names,
    visible: names.length > 0,
    getPosition: ({ facts }) => [facts.organisation.lon, facts.organisation.lat],
    getText: ({ facts }) => shortName(facts.organisation.name),
    ...AS_PLACED,
    ...LABEL_FONT,
    getColor: (name) => [...INK, alpha(name)],
    outlineColor: [255, 255, 255, 230],
    updateTriggers: { getColor: [emphasis] },
  });
}
