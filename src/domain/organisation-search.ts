import Fuse from 'fuse.js';
import type { OrganisationFacts } from './derive-facts';

export interface SearchIndex {
  search(query: string, limit?: number): OrganisationFacts[];
}

/** Typo-tolerant search over names, successors (later names), sites and ODS codes. */
export function createSearchIndex(organisations: OrganisationFacts[]): SearchIndex {
  const fuse = new Fuse(organisations, {
    keys: [
      { name: 'organisation.name', weight: 3 },
      { name: 'organisation.successor', weight: 1.5 },
      { name: 'organisation.siteName', weight: 1 },
      { name: 'organisation.odsCode', weight: 2 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  return {
    search: (query, limit = 8) =>
      query.trim().length < 2
        ? []
        : fuse.search(query.trim(), { limit }).map((result) => result.item),
  };
}
