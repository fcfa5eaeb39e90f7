/// <reference lib="webworker" />
import { WEIGHT_STEPS } from '../../domain/finder/programme';
import {
  buildProgrammeMatrix,
  planProgramme,
  rankRealPairings,
  weightingsGrid,
  type ProgrammeMatrix,
} from '../../domain/finder/programme-matrix';
import { writeWeights } from '../../domain/finder/weights';
import type { ProgrammeReply, ProgrammeRequest } from './programme-messages';

// At national scale the ranks, the plan and the grid take seconds each: here the page stays
// responsive. Each result is kept, so moving only the plan's capacity does not re-rank.
let data: Extract<ProgrammeRequest, { kind: 'data' }> | null = null;
let matrix: ProgrammeMatrix | null = null;
const kept = new Map<string, ProgrammeReply>();

self.onmessage = (event: MessageEvent<ProgrammeRequest>) => {
  const request = event.data;
  if (request.kind === 'data') {
    data = request;
    matrix = null;
    kept.clear();
    return;
  }
  const { id, weights, capacity, grid } = request;
  const reply = (message: ProgrammeReply) => self.postMessage(message);
  try {
    if (data === null) throw new Error('no data to work on');
    const source = data;
    const built = () => {
      matrix ??= buildProgrammeMatrix(source.organisations, source.links, (done, total) =>
        reply({ kind: 'progress', id, part: 'ranks', done, total: total * 2 }),
      );
      return matrix;
    };
    const once = (key: string, make: () => ProgrammeReply) => {
      const found = kept.get(key) ?? make();
      kept.set(key, found);
      reply({ ...found, id });
    };
    const key = writeWeights(weights);
    once(`ranks ${key}`, () => {
      const ready = built();
      const half = ready.followers.length;
      return {
        kind: 'ranks',
        id,
        value: rankRealPairings(ready, weights, (done, total) =>
          reply({ kind: 'progress', id, part: 'ranks', done: half + done, total: half + total }),
        ),
      };
    });
    if (capacity !== null)
      once(`plan ${key} ${capacity}`, () => ({
        kind: 'plan',
        id,
        value: {
          capacity,
          ...planProgramme(built(), weights, capacity, (done, total) =>
            reply({ kind: 'progress', id, part: 'plan', done, total }),
          ),
        },
      }));
    if (grid)
      once(`grid ${key}`, () => ({
        kind: 'grid',
        id,
        value: weightingsGrid(built(), weights, WEIGHT_STEPS, (done, total) =>
          reply({ kind: 'progress', id, part: 'grid', done, total }),
        ),
      }));
    reply({ kind: 'done', id });
  } catch (error) {
    reply({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
};
