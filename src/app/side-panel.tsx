import type { ReactNode } from 'react';

/**
 * The left panel floating over the map: counts, filters, layers and the legend. It collapses to
 * its button so the whole map shows; the counts stay in view either way.
 */
export function SidePanel({
  expanded,
  onToggle,
  counts,
  children,
}: {
  expanded: boolean;
  onToggle: () => void;
  counts: ReactNode;
  children: ReactNode;
}) {
  return (
    <aside
      className={`side-panel${expanded ? '' : ' side-panel-collapsed'}`}
      aria-labelledby="side-panel-heading"
      data-covers-map="left"
    >
      <h2 id="side-panel-heading" className="visually-hidden">
        Filters, layers and legend
      </h2>
      <div className="side-panel-top">
        {counts}
        <button
          type="button"
          className="side-panel-toggle"
          aria-expanded={expanded}
          aria-controls="side-panel-body"
          onClick={onToggle}
        >
          {expanded ? 'Hide panel' : 'Filters, layers and legend'}
        </button>
      </div>
      <div id="side-panel-body" className="side-panel-body" hidden={!expanded}>
        {children}
      </div>
    </aside>
  );
}
