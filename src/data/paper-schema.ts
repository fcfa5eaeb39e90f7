import { z } from 'zod';

const count = z.number().int().nonnegative();

/** The evaluation's published aggregates, kept apart from the row data they are compared with. */
export const paperSchema = z.object({
  citation: z.string().min(1),
  doi: z
    .string()
    .regex(/^10\.\d{4,}\/\S+$/, { error: 'must be a DOI such as 10.1371/journal.pone.0255220' }),
  url: z.url(),
  aggregates: z.object({
    pairings: count,
    sameCoreSystemPairings: count,
    bestOfBreedOrganisations: count,
    differentSystemPairings: count,
    sameStpOrIcsPairings: count,
    organisationsInMergers: count,
    organisationsCovered: count,
    interviews: count,
    observations: count,
    documents: count,
  }),
  notes: z.string(),
});

export type PaperAggregates = z.infer<typeof paperSchema>;
