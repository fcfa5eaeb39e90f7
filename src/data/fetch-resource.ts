import { looksLikeHtml } from './looks-like-html';

export class ResourceError extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null) {
    super(message);
    this.name = 'ResourceError';
    this.status = status;
  }
}

/** Resolves against the document so relative URLs work under any sub-path (and in tests). */
function resolveUrl(path: string): string {
  return new URL(path, document.baseURI).toString();
}

/**
 * The one way the atlas fetches a file, built-in or published by someone, with one set of
 * messages: each names the address and says what to check.
 */
export async function fetchResource(path: string): Promise<Response> {
  const url = resolveUrl(path);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new ResourceError(
      `${url} could not be reached. Check the connection, and that the site lets other sites read its files.`,
      null,
    );
  }
  if (!response.ok) {
    throw new ResourceError(
      `${`${url} answered ${response.status} ${response.statusText}`.trim()}.`,
      response.status,
    );
  }
  return response;
}

/** A text file, refused when a web page (a sign-in or error page) came back in its place. */
export async function fetchText(path: string, kind: 'CSV' | 'JSON'): Promise<string> {
  const url = resolveUrl(path);
  const text = await (await fetchResource(url)).text();
  if (looksLikeHtml(text))
    throw new ResourceError(
      `${url} is a web page, not a ${kind} file (perhaps a sign-in or error page).`,
      null,
    );
  return text;
}
