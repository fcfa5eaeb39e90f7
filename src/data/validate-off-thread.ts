import type { OwnData } from './own-data';
import type { Dataset } from './validate-dataset';
import { validateOwn } from './validate-own';

/** Checks someone's files in a worker; where there are no workers (tests), on this thread. */
export function validateOffThread(own: OwnData): Promise<Dataset> {
  if (typeof Worker === 'undefined') return Promise.resolve(validateOwn(own));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Dataset>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the files could not be checked: ${event.message}`));
    };
    worker.postMessage({ organisations: own.organisations, pairings: own.pairings });
  });
}
