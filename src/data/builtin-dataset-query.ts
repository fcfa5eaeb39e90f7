import { queryOptions } from '@tanstack/react-query';
import { ORGANISATIONS_URL, PAIRINGS_URL } from './data-urls';
import { fetchText } from './fetch-resource';
import type { OwnFiles } from './own-data';
import { validateOffThread } from './validate-off-thread';

/** Every file that could not be fetched, each named, so the page can list them all. */
export class LoadErrors extends Error {
  readonly messages: string[];
  constructor(messages: string[]) {
    super(messages.join(' '));
    this.name = 'LoadErrors';
    this.messages = messages;
  }
}

async function readBuiltinFiles(): Promise<OwnFiles> {
  const [organisations, pairings] = await Promise.allSettled([
    fetchText(ORGANISATIONS_URL, 'CSV'),
    fetchText(PAIRINGS_URL, 'CSV'),
  ]);
  if (organisations.status === 'rejected' || pairings.status === 'rejected') {
    throw new LoadErrors(
      [organisations, pairings].flatMap((result) =>
        result.status === 'rejected'
          ? [result.reason instanceof Error ? result.reason.message : String(result.reason)]
          : [],
      ),
    );
  }
  return {
    organisations: organisations.value,
    pairings: pairings.value,
    evidence: null,
    story: null,
    rules: 'strict',
  };
}

/**
 * The built-in programme data, checked in a worker like anyone's own files: the CSV parser and
 * schemas stay off the main thread and out of the script the map waits for.
 */
export const builtinDatasetQuery = queryOptions({
  queryKey: ['dataset', 'builtin'],
  queryFn: async () => {
    const checked = await validateOffThread(readBuiltinFiles());
    return checked.dataset;
  },
  staleTime: Infinity,
});
