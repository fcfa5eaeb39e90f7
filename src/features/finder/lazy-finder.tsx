import { lazy, Suspense } from 'react';

// The finder's scoring, assignment solver and panel load only when someone opens it.
const FinderPanel = lazy(() => import('./finder-panel'));
const FinderEngine = lazy(() => import('./finder-engine'));

export function LazyFinderPanel() {
  return (
    <Suspense fallback={<p role="status">Loading the partner finder…</p>}>
      <FinderPanel />
    </Suspense>
  );
}

/** Mounted in every mode while the finder is open, so its lines reach the map (and slides). */
export function LazyFinderEngine() {
  return (
    <Suspense fallback={null}>
      <FinderEngine />
    </Suspense>
  );
}
