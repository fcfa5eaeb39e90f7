import type { OwnFiles } from './own-data';
import type { CheckProgress, OwnChecked } from './validate-own';

export type WorkerReply =
  { kind: 'progress'; progress: CheckProgress } | { kind: 'done'; checked: OwnChecked };

/** Checks someone's files in a worker; where there are no workers (tests), on this thread. */
export function validateOffThread(
  own: OwnFiles,
  onProgress: (progress: CheckProgress) => void = () => {},
): Promise<OwnChecked> {
  const files: OwnFiles = {
    organisations: own.organisations,
    pairings: own.pairings,
    evidence: own.evidence,
    story: own.story,
    fileNames: own.fileNames,
    columns: own.columns,
    fixes: own.fixes,
    rules: own.rules ?? 'opened',
  };
  if (typeof Worker === 'undefined')
    return import('./validate-own').then(({ validateOwn }) => validateOwn(files, onProgress));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.kind === 'progress') {
        onProgress(event.data.progress);
        return;
      }
      worker.terminate();
      resolve(event.data.checked);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the files could not be checked: ${event.message}`));
    };
    worker.postMessage(files);
  });
}
