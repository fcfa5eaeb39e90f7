import { z } from 'zod';
import {
  FLOW_DIRECTIONS,
  PAIRING_STATUSES,
  KNOWN_SECTORS,
  TRI_STATES,
  pairingId,
  type Pairing,
} from '../domain/model';
import {
  confidence,
  oneOf,
  optionalMonth,
  optionalText,
  requiredText,
  sources,
} from './field-schemas';

const triState = oneOf(TRI_STATES);

export const pairingRowSchema = z
  .object({
    gde_id: requiredText,
    ff_id: requiredText,
    sector: oneOf(KNOWN_SECTORS),
    announced: optionalMonth,
    status: oneOf(PAIRING_STATUSES),
    same_core_system: triState,
    same_stp: triState,
    prior_relationship: triState,
    prior_relationship_evidence: optionalText,
    merged_with_partner: triState,
    flow_direction: z
      .string()
      .trim()
      .transform((value) => (value === '' ? 'unknown' : value))
      .pipe(z.enum(FLOW_DIRECTIONS, { error: `must be one of: ${FLOW_DIRECTIONS.join(', ')}` })),
    sources,
    confidence,
  })
  .transform((row): Pairing => ({
    id: pairingId(row.gde_id, row.ff_id),
    gdeId: row.gde_id,
    ffId: row.ff_id,
    sector: row.sector,
    announced: row.announced,
    status: row.status,
    sameCoreSystem: row.same_core_system,
    sameStp: row.same_stp,
    priorRelationship: row.prior_relationship,
    priorRelationshipEvidence: row.prior_relationship_evidence,
    mergedWithPartner: row.merged_with_partner,
    flowDirection: row.flow_direction,
    sources: row.sources,
    confidence: row.confidence,
  }));

export const PAIRING_REQUIRED_COLUMNS = [
  'gde_id',
  'ff_id',
  'sector',
  'status',
  'same_core_system',
  'same_stp',
  'prior_relationship',
  'merged_with_partner',
  'sources',
  'confidence',
] as const;

export const PAIRING_COLUMNS = Object.keys(pairingRowSchema.in.shape);
