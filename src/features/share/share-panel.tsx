import { useState } from 'react';
import { shareUrl } from '../../state/share-url';
import { useSettledViewState } from '../../state/view-state-context';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function embedSnippet(url: string): string {
  return `<iframe src="${url.replace(/"/g, '&quot;')}" title="GDE Partnership Atlas" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

/** The address bar always holds the current view, so sharing is copying it. */
export function SharePanel() {
  const [message, setMessage] = useState('');
  const state = useSettledViewState();
  const link = shareUrl(state, window.location, false);
  const snippet = embedSnippet(shareUrl(state, window.location, true));
  const copy = async (text: string, what: string) =>
    setMessage(
      (await copyText(text))
        ? `${what} copied.`
        : `Could not copy; select the text and copy it by hand.`,
    );

  return (
    <div className="share-panel">
      <button type="button" onClick={() => void copy(link, 'Link')}>
        Copy link
      </button>
      <details className="embed-details">
        <summary>Embed</summary>
        <label className="embed-label">
          HTML to embed this view (map only)
          <textarea readOnly rows={3} value={snippet} onFocus={(event) => event.target.select()} />
        </label>
        <button type="button" onClick={() => void copy(snippet, 'Embed code')}>
          Copy embed code
        </button>
      </details>
      <p role="status" className="muted share-status">
        {message}
      </p>
    </div>
  );
}
