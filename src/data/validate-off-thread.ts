import type { OwnFiles } from './own-data';
import type { CheckProgress, OwnChecked } from './validate-own';

export type WorkerReply =
  { kind: 'progress'; progress: CheckProgress } | { kind: 'done'; checked: OwnChecked };

/**
 * Checks someone's files in a worker; where there are no workers (tests), on this thread. The
 * files may still be on their way: the worker starts at once, so its script is loaded and
 * compiled while they are read, and is handed them when they are in.
 */
export async function validateOffThread(
  own: OwnFiles | Promise<OwnFiles>,
  onProgress: (progress: CheckProgress) => void = () => {},
): Promise<OwnChecked> {
  const worker =
    typeof Worker === 'undefined'
      ? null
      : new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
  let read: OwnFiles;
  try {
    read = await own;
  } catch (error) {
    worker?.terminate();
    throw error;
  }
  const files: OwnFiles = {
    organisations: read.organisations,
    pairings: read.pairings,
    evidence: read.evidence,
    story: read.story,
    fileNames: read.fileNames,
    columns: read.columns,
    fixes: read.fixes,
    rules: read.rules ?? 'opened',
  };
  if (worker === null) {
    const { validateOwn } = await import('./validate-own');
    return validateOwn(files, onProgress);
  }
  return new Promise((resolve, reject) => {
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
