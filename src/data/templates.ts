import { EVIDENCE_COLUMNS } from './evidence-schema';
import { ORGANISATION_COLUMNS } from './organisation-schema';
import { PAIRING_COLUMNS } from './pairing-schema';

/** Empty files with the documented columns, as a start for someone's own dataset. */
export const TEMPLATES = [
  { filename: 'organisations.csv', text: `${ORGANISATION_COLUMNS.join(',')}\r\n` },
  { filename: 'pairings.csv', text: `${PAIRING_COLUMNS.join(',')}\r\n` },
  { filename: 'evidence.csv', text: `${EVIDENCE_COLUMNS.join(',')}\r\n` },
] as const;
