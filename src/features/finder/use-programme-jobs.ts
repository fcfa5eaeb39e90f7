import { useEffect, useMemo, useRef, useState } from 'react';
import type { OrganisationFacts } from '../../domain/derive-facts';
import type { Job, ProgrammeRanks, SuggestedPlan } from '../../domain/finder/finder-model';
import { WEIGHT_STEPS } from '../../domain/finder/programme';
import {
  buildProgrammeMatrix,
  planProgramme,
  rankRealPairings,
  weightingsGrid,
  type GridCell,
  type RealLink,
} from '../../domain/finder/programme-matrix';
import type { Weights } from '../../domain/finder/weights';
import type { ProgrammeReply, ProgrammeRequest } from './programme-messages';

export interface ProgrammeJobs {
  ranks: Job<ProgrammeRanks>;
  plan: Job<SuggestedPlan>;
  grid: Job<GridCell[]>;
}

interface Asked {
  weights: Weights;
  capacity: number | null;
  grid: boolean;
}

const IDLE = { status: 'idle' } as const;
const ready = <T>(value: T): Job<T> => ({ status: 'ready', value });

/**
 * The programme view worked out in the page: the matrix once per dataset, then arithmetic per
 * weight change (well within a frame at the programme's own scale).
 */
export function useInPageJobs(
  organisations: readonly OrganisationFacts[] | undefined,
  links: readonly RealLink[],
  { weights, capacity, grid }: Asked,
): ProgrammeJobs {
  const matrix = useMemo(
    () => (organisations === undefined ? null : buildProgrammeMatrix(organisations, links)),
    [organisations, links],
  );
  const ranks = useMemo(
    () => (matrix === null ? IDLE : ready(rankRealPairings(matrix, weights))),
    [matrix, weights],
  );
  const plan = useMemo(
    () =>
      matrix === null || capacity === null
        ? IDLE
        : ready({ capacity, ...planProgramme(matrix, weights, capacity) }),
    [matrix, weights, capacity],
  );
  const cells = useMemo(
    () => (matrix === null || !grid ? IDLE : ready(weightingsGrid(matrix, weights, WEIGHT_STEPS))),
    [matrix, weights, grid],
  );
  return useMemo(() => ({ ranks, plan, grid: cells }), [ranks, plan, cells]);
}

const NO_JOBS: ProgrammeJobs = { ranks: IDLE, plan: IDLE, grid: IDLE };

/**
 * The programme view worked out in a worker, with progress. Requests made while it is busy are
 * merged: only the latest is worked out next, so dragging a weight does not queue up minutes.
 */
export function useWorkerJobs(
  organisations: readonly OrganisationFacts[] | undefined,
  links: readonly RealLink[],
  asked: Asked,
): ProgrammeJobs {
  const [jobs, setJobs] = useState<ProgrammeJobs>(NO_JOBS);
  const worker = useRef<{ post: (asked: Asked) => void } | null>(null);

  useEffect(() => {
    if (organisations === undefined) return undefined;
    const thread = new Worker(new URL('./programme-worker.ts', import.meta.url), {
      type: 'module',
    });
    const send = (message: ProgrammeRequest) => thread.postMessage(message);
    send({ kind: 'data', organisations: [...organisations], links: [...links] });
    let nextId = 0;
    let busy: number | null = null;
    let waiting: Asked | null = null;
    const post = (next: Asked) => {
      if (busy !== null) {
        waiting = next;
        return;
      }
      nextId += 1;
      busy = nextId;
      setJobs({
        ranks: { status: 'working', done: 0, total: 1 },
        plan: next.capacity === null ? IDLE : { status: 'working', done: 0, total: 1 },
        grid: next.grid ? { status: 'working', done: 0, total: 1 } : IDLE,
      });
      send({ kind: 'compute', id: nextId, ...next });
    };
    thread.onmessage = (event: MessageEvent<ProgrammeReply>) => {
      const reply = event.data;
      if (reply.id !== busy) return;
      if (reply.kind === 'progress')
        setJobs((current) => ({
          ...current,
          [reply.part]: { status: 'working', done: reply.done, total: reply.total },
        }));
      else if (reply.kind === 'failed') {
        const failed = { status: 'failed', message: reply.message } as const;
        setJobs({ ranks: failed, plan: failed, grid: failed });
        busy = null;
      } else if (reply.kind === 'done') {
        busy = null;
        if (waiting !== null) {
          const next = waiting;
          waiting = null;
          post(next);
        }
      } else setJobs((current) => ({ ...current, [reply.kind]: ready(reply.value) }));
    };
    thread.onerror = (event) => {
      const failed = { status: 'failed', message: event.message } as const;
      setJobs({ ranks: failed, plan: failed, grid: failed });
    };
    worker.current = { post };
    return () => {
      worker.current = null;
      thread.terminate();
      setJobs(NO_JOBS);
    };
  }, [organisations, links]);

  const { weights, capacity, grid } = asked;
  useEffect(() => {
    worker.current?.post({ weights, capacity, grid });
  }, [organisations, links, weights, capacity, grid]);
  return jobs;
}
