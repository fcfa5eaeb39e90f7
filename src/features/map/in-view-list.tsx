import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { OrganisationFacts } from '../../domain/derive-facts';

const ROLE = { GDE: 'exemplar', FF: 'fast follower' } as const;

/**
 * The keyboard way into the map (after DEFRA's interactive map): a list of the organisations in
 * view, rebuilt on every move. Up and Down move a cursor ring on the map without selecting;
 * Enter selects; Escape closes the list and returns to the map. Pointer users have the map.
 */
export function InViewList({
  organisations,
  open,
  onOpenChange,
  onCursor,
  onSelect,
  onReturn,
}: {
  organisations: OrganisationFacts[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCursor: (organisation: OrganisationFacts | null) => void;
  onSelect: (id: string) => void;
  /** Gives focus back to the map. */
  onReturn: () => void;
}) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  // By id, not position: the list is rebuilt when the map moves, and the cursor stays put.
  const [activeId, setActiveId] = useState<string | null>(null);
  const found = organisations.findIndex(({ organisation }) => organisation.id === activeId);
  const active = Math.max(found, 0);
  const current = organisations[active] ?? null;

  useEffect(() => {
    if (open) list.current?.focus();
  }, [open]);
  useEffect(() => {
    onCursor(open ? current : null);
  }, [open, current, onCursor]);

  const close = () => {
    onOpenChange(false);
    onReturn();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = organisations.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActiveId(organisations[Math.max(0, moves[event.key] ?? 0)]?.organisation.id ?? null);
    } else if ((event.key === 'Enter' || event.key === ' ') && current !== null) {
      event.preventDefault();
      onSelect(current.organisation.id);
    } else if (event.key === 'Escape') {
      // Handled here: the page's own Escape would also clear the selection.
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="in-view" data-covers-map={open ? 'right' : undefined}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => (open ? close() : onOpenChange(true))}
      >
        Organisations in view ({organisations.length})
      </button>
      {open && (
        <ul
          id={id}
          ref={list}
          role="listbox"
          tabIndex={0}
          aria-label="Organisations in view"
          aria-activedescendant={current === null ? undefined : `${id}-${current.organisation.id}`}
          onKeyDown={onKeyDown}
          className="in-view-list"
        >
          {organisations.length === 0 && <li role="presentation">Nothing in view: zoom out.</li>}
          {organisations.map((facts, index) => (
            <li
              key={facts.organisation.id}
              id={`${id}-${facts.organisation.id}`}
              role="option"
              aria-selected={index === active}
            >
              {facts.organisation.name}{' '}
              <span className="muted">({ROLE[facts.organisation.role]})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
