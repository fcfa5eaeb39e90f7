import type { OrganisationFacts } from '../../domain/derive-facts';
import type { ProgrammeRanks, SuggestedPlan } from '../../domain/finder/finder-model';
import type { GridCell, RealLink } from '../../domain/finder/programme-matrix';
import type { Weights } from '../../domain/finder/weights';

type ProgrammePart = 'ranks' | 'plan' | 'grid';

/** What the page asks the programme worker: the data once, then what to work out. */
export type ProgrammeRequest =
  | { kind: 'data'; organisations: OrganisationFacts[]; links: RealLink[] }
  | { kind: 'compute'; id: number; weights: Weights; capacity: number | null; grid: boolean };

export type ProgrammeReply =
  | { kind: 'progress'; id: number; part: ProgrammePart; done: number; total: number }
  | { kind: 'ranks'; id: number; value: ProgrammeRanks }
  | { kind: 'plan'; id: number; value: SuggestedPlan }
  | { kind: 'grid'; id: number; value: GridCell[] }
  | { kind: 'done'; id: number }
  | { kind: 'failed'; id: number; message: string };
