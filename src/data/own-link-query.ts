import { queryOptions } from '@tanstack/react-query';
import { fetchOwnData } from './own-data';

/**
 * The files behind a data= link, keyed by the link. Opening a link reads it afresh (the files may
 * have changed), but opening it twice at once (a link and a reload racing) reads it once. A
 * failure is a value, not a thrown error, so it reaches the person as a message.
 */
export const ownLinkQuery = (link: string) =>
  queryOptions({
    queryKey: ['own-link', link],
    queryFn: () => fetchOwnData(link, document.baseURI),
    staleTime: 0,
    // The opened text is kept by the data source; the cache need not hold a second copy.
    gcTime: 0,
    retry: false,
  });
