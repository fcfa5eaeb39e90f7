import { ResourceError, fetchResource } from './fetch-resource';
import { topologyToCollection } from './topology-to-collection';

/**
 * Geographic files are optional extras: a missing file (404, or the dev server's HTML fallback)
 * means "not built", which the UI reports instead of failing.
 */
export async function readOptionalTopology(path: string) {
  let response: Response;
  try {
    response = await fetchResource(path);
  } catch (error) {
    if (error instanceof ResourceError && error.status === 404) return null;
    throw error;
  }
  if (!(response.headers.get('content-type') ?? '').includes('json')) return null;
  return topologyToCollection(await response.json(), path);
}
