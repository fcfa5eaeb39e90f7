import { ORGANISATIONS_URL, PAIRINGS_URL } from './data-urls';
import { fetchText } from './fetch-resource';
import type { OwnFiles } from './own-data';
import type { Dataset } from './validate-dataset';
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
export async function checkBuiltinData(): Promise<Dataset> {
  const checked = await validateOffThread(readBuiltinFiles());
  return checked.dataset;
}

let early: Promise<Dataset> | null = null;

/**
 * Starts reading and checking the built-in data as the page's script begins to run, before React
 * and the app's own modules are evaluated (main.tsx imports this first). The check is then well
 * on its way, in its worker, by the time the query for it is made.
 */
export function startBuiltinCheck(): void {
  if (early !== null) return;
  early = checkBuiltinData();
  // The query reports a failure; until it takes this promise, nothing else is listening.
  early.catch(() => undefined);
}

/** The check started early, once; afterwards (a retry) the query checks the files again. */
export function takeEarlyBuiltinCheck(): Promise<Dataset> | null {
  const started = early;
  early = null;
  return started;
}
