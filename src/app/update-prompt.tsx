import { useEffect, useState } from 'react';
import { appUpdate, useAppUpdate } from './app-update';

const OFFLINE_NOTICE_MS = 12_000;

/**
 * A new deploy never replaces the code under an open view: people are asked, and can finish
 * what they are doing first. The first time the offline copy is ready, they are told once.
 */
export function UpdatePrompt() {
  const { offlineReady, needRefresh } = useAppUpdate();
  const [updating, setUpdating] = useState(false);
  // Good news needs no action: it goes by itself after a while (or at once with Dismiss).
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => appUpdate.set({ offlineReady: false }), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady]);
  if (needRefresh) {
    return (
      <div role="status" className="notice update-notice">
        <p>A newer version of the atlas is available.</p>
        <button
          type="button"
          disabled={updating}
          onClick={() => {
            setUpdating(true);
            void appUpdate.apply();
          }}
        >
          Reload to update
        </button>{' '}
        <button type="button" onClick={() => appUpdate.set({ needRefresh: false })}>
          Not now
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div role="status" className="notice update-notice">
        <p>The atlas is saved in this browser and now works offline too.</p>
        <button type="button" onClick={() => appUpdate.set({ offlineReady: false })}>
          Dismiss
        </button>
      </div>
    );
  }
  return null;
}
