import { FACTOR_LABELS, FACTORS } from './factors';
import { NO_SINGLE_VENDOR_KEY, UNKNOWN_VENDOR_KEY, type Filters } from './filters';
import { SECTOR_LABELS, STATUS_LABELS, formatKm } from './format';

const ROLE_LABELS = { GDE: 'exemplars', FF: 'fast followers' } as const;

function vendorLabel(key: string): string {
  if (key === NO_SINGLE_VENDOR_KEY) return 'no single vendor';
  if (key === UNKNOWN_VENDOR_KEY) return 'vendor unknown';
  return key;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function distanceLabel({ minKm, maxKm }: Filters): string | null {
  if (minKm !== null && maxKm !== null) return `${formatKm(minKm)} to ${formatKm(maxKm)} apart`;
  if (minKm !== null) return `at least ${formatKm(minKm)} apart`;
  if (maxKm !== null) return `at most ${formatKm(maxKm)} apart`;
  return null;
}

/** The active filters in words, one phrase each, for captions under exported images. */
export function describeFilters(filters: Filters): string[] {
  const phrases: (string | null)[] = [
    filters.sectors.length > 0
      ? `sector: ${filters.sectors.map((sector) => SECTOR_LABELS[sector]).join(' or ')}`
      : null,
    filters.roles.length === 1 ? `organisations: ${ROLE_LABELS[filters.roles[0] ?? 'GDE']}` : null,
    filters.statuses.length > 0
      ? `status: ${filters.statuses.map((status) => STATUS_LABELS[status]).join(' or ')}`
      : null,
    filters.vendors.length > 0 ? `vendor: ${filters.vendors.map(vendorLabel).join(' or ')}` : null,
    filters.regions.length > 0 ? `region: ${filters.regions.join(' or ')}` : null,
    ...FACTORS.map((factor) => {
      const required = filters.factors[factor];
      return required === undefined ? null : `${lowerFirst(FACTOR_LABELS[factor])}: ${required}`;
    }),
    distanceLabel(filters),
  ];
  return phrases.filter((phrase): phrase is string => phrase !== null);
}

/** The caption printed under an exported map: what is shown, filtered how, and what is selected. */
export function describeView({
  shown,
  total,
  filters,
  selected,
}: {
  shown: number;
  total: number;
  filters: Filters;
  selected: string | null;
}): string {
  const phrases = describeFilters(filters);
  return [
    `${shown} of ${total} pairings shown`,
    phrases.length === 0 ? 'no filters' : `filtered by ${phrases.join('; ')}`,
    selected === null ? null : `selected: ${selected}`,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}
