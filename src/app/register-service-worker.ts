import { registerSW } from 'virtual:pwa-register';
import { appUpdate } from './app-update';

/** Registers the offline service worker (production builds) and reports to the update prompt. */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => appUpdate.set({ needRefresh: true }),
    onOfflineReady: () => appUpdate.set({ offlineReady: true }),
  });
  appUpdate.onApply(() => update(true));
}
