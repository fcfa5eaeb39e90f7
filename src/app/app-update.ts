import { useSyncExternalStore } from 'react';

/** What the service worker has told us: offline copy ready, or a newer version waiting. */
export interface AppUpdateState {
  offlineReady: boolean;
  needRefresh: boolean;
}

let state: AppUpdateState = { offlineReady: false, needRefresh: false };
let applyUpdate: () => Promise<void> = async () => undefined;
const listeners = new Set<() => void>();

export const appUpdate = {
  set(change: Partial<AppUpdateState>) {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  },
  /** What "Reload to update" does: activate the waiting worker, then reload. */
  onApply(apply: () => Promise<void>) {
    applyUpdate = apply;
  },
  apply: () => applyUpdate(),
};

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAppUpdate(): AppUpdateState {
  return useSyncExternalStore(subscribe, () => state);
}
