import type { StyleSpecification } from 'maplibre-gl';

/** OpenFreeMap: free, no key or account, OpenStreetMap data (attribution comes with the style). */
export const ONLINE_STYLE_URL = 'https://tiles.openfreemap.org/styles/positron';
export const ONLINE_STYLE_TIMEOUT_MS = 8000;

function isStyle(value: unknown): value is StyleSpecification {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { version?: unknown }).version === 8 &&
    Array.isArray((value as { layers?: unknown }).layers)
  );
}

/** Fetches the online style, with a time limit, and says in plain words why it failed. */
export async function fetchOnlineStyle(signal: AbortSignal): Promise<StyleSpecification> {
  let response: Response;
  try {
    response = await fetch(ONLINE_STYLE_URL, { signal });
  } catch {
    throw new Error(
      signal.aborted
        ? `no answer within ${ONLINE_STYLE_TIMEOUT_MS / 1000} seconds`
        : 'the tile service could not be reached',
    );
  }
  if (!response.ok) throw new Error(`the tile service answered ${response.status}`);
  const style: unknown = await response.json().catch(() => null);
  if (!isStyle(style)) throw new Error('the tile service did not send a map style');
  return style;
}
