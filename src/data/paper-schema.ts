import { z } from 'zod';

const count = z.number().int().nonnegative();
const text = z.string().trim().min(1);

/** The evaluation's reference and published aggregates, kept apart from the rows they are compared with. */
export const paperSchema = z.object({
  title: text,
  authors: z.array(text).min(1),
  year: z.number().int().min(1900).max(2100),
  published: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be the publication month, YYYY-MM' }),
  journal: text,
  articleNumber: text,
  doi: z
    .string()
    .regex(/^10\.\d{4,}\/\S+$/, { error: 'must be a DOI such as 10.1371/journal.pone.0255220' }),
  pmcid: z.string().regex(/^PMC\d+$/, { error: 'must be a PubMed Central id such as PMC8328305' }),
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

export type PaperFile = z.infer<typeof paperSchema>;
