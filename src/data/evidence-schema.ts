import { z } from 'zod';
import { CHANNELS, EVIDENCE_FLOWS, type EvidenceItem } from '../domain/evidence';
import { oneOf, optionalList, requiredText, sources } from './field-schemas';

export const evidenceRowSchema = z
  .object({
    id: requiredText,
    site_label: requiredText,
    study_part: oneOf(['case_study', 'broader_study'] as const),
    site_role: oneOf(['GDE', 'FF'] as const),
    speaker_role: requiredText,
    theme: requiredText,
    factor: requiredText,
    flow_direction: oneOf(EVIDENCE_FLOWS),
    channels: optionalList.pipe(
      z
        .array(z.enum(CHANNELS, { error: `each channel must be one of: ${CHANNELS.join(', ')}` }))
        .min(1, {
          error: 'needs at least one channel (use unspecified or none)',
        }),
    ),
    summary: requiredText,
    sources,
    confidence: requiredText,
  })
  .transform((row): EvidenceItem => ({
    id: row.id,
    siteLabel: row.site_label,
    studyPart: row.study_part,
    siteRole: row.site_role,
    speakerRole: row.speaker_role,
    theme: row.theme,
    factor: row.factor,
    flow: row.flow_direction,
    channels: row.channels,
    summary: row.summary,
    sources: row.sources,
    confidence: row.confidence,
  }));

export const EVIDENCE_COLUMNS = Object.keys(evidenceRowSchema.in.shape);
