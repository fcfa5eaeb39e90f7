import { gzipSync } from 'node:zlib';

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (rank - low);
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Bytes after gzip at level 9, as static hosts such as GitHub Pages serve JS and CSS. */
export const gzipSize = (body: Uint8Array) => gzipSync(body, { level: 9 }).byteLength;
