export class ResourceError extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null) {
    super(message);
    this.name = 'ResourceError';
    this.status = status;
  }
}

/** Resolves against the document so relative URLs work under any sub-path (and in tests). */
export function resolveUrl(path: string): string {
  return new URL(path, document.baseURI).toString();
}

export async function fetchResource(path: string): Promise<Response> {
  const url = resolveUrl(path);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new ResourceError(`Could not reach ${url}. Check the connection and try again.`, null);
  }
  if (!response.ok) {
    throw new ResourceError(
      `${url} answered ${response.status} ${response.statusText}`.trim(),
      response.status,
    );
  }
  return response;
}
