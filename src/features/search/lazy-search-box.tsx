import { lazy, Suspense } from 'react';
import type { OrganisationFacts } from '../../domain/derive-facts';

// The combobox and fuzzy matcher load beside the map rather than before it.
const SearchBox = lazy(() =>
  import('./search-box').then(({ SearchBox }) => ({ default: SearchBox })),
);

/** Until the search code arrives (a moment), the same box, shown but not yet usable. */
function SearchBoxPlaceholder() {
  return (
    <div className="search-box">
      <label htmlFor="organisation-search-loading">Find an organisation</label>
      <input
        id="organisation-search-loading"
        className="search-input"
        placeholder="Loading search…"
        disabled
      />
    </div>
  );
}

export function LazySearchBox({ organisations }: { organisations: OrganisationFacts[] }) {
  return (
    <Suspense fallback={<SearchBoxPlaceholder />}>
      <SearchBox organisations={organisations} />
    </Suspense>
  );
}
