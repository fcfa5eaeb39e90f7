/**
 * Named moments the benchmark (npm run bench) reads from the page: User Timing marks cost next to
 * nothing and need no globals. "data-ready" is marked each time a dataset is shown.
 */
export const MARKS = {
  dataReady: 'atlas:data-ready',
  firstFrame: 'atlas:first-frame',
} as const;

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
