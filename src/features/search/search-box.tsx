import { useCombobox } from 'downshift';
import { useMemo, useState } from 'react';
import type { OrganisationFacts } from '../../domain/derive-facts';
import { shortName } from '../../domain/format';
import { createSearchIndex } from '../../domain/organisation-search';
import { useMapCommands } from '../../state/map-commands-context';
import { useViewDispatch } from '../../state/view-state-context';

const FOUND_ZOOM = 9;
const INPUT_ID = 'organisation-search';

export function SearchBox({ organisations }: { organisations: OrganisationFacts[] }) {
  const index = useMemo(() => createSearchIndex(organisations), [organisations]);
  const [query, setQuery] = useState('');
  const results = useMemo(() => index.search(query), [index, query]);
  const dispatch = useViewDispatch();
  const commandsRef = useMapCommands();

  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, highlightedIndex } =
    useCombobox({
      items: results,
      // Downshift owns the text: a controlled value here drops keystrokes when typing is fast.
      itemToString: (item) => item?.organisation.name ?? '',
      onInputValueChange: ({ inputValue }) => setQuery(inputValue),
      onSelectedItemChange: ({ selectedItem }) => {
        if (!selectedItem) return;
        const { organisation } = selectedItem;
        dispatch({ type: 'select', selection: { kind: 'organisation', id: organisation.id } });
        commandsRef.current?.flyTo({
          lon: organisation.lon,
          lat: organisation.lat,
          zoom: FOUND_ZOOM,
        });
      },
    });

  return (
    <div className="search-box">
      <label {...getLabelProps()} htmlFor={INPUT_ID}>
        Find an organisation
      </label>
      <input
        {...getInputProps({ id: INPUT_ID, placeholder: 'Name, former name or ODS code' })}
        className="search-input"
      />
      <ul
        {...getMenuProps()}
        className={isOpen && query.trim().length >= 2 ? 'search-results open' : 'search-results'}
      >
        {isOpen &&
          results.map((item, itemIndex) => (
            <li
              key={item.organisation.id}
              className={highlightedIndex === itemIndex ? 'highlighted' : undefined}
              {...getItemProps({ item, index: itemIndex })}
            >
              <strong>{shortName(item.organisation.name)}</strong>{' '}
              <span className="muted">
                {item.organisation.role} · {item.organisation.odsCode}
              </span>
            </li>
          ))}
        {isOpen && query.trim().length >= 2 && results.length === 0 && (
          <li className="muted">No organisation matches</li>
        )}
      </ul>
    </div>
  );
}
