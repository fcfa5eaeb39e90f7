import type { ReactNode } from 'react';
import type { DataPanel } from '../domain/view/view-state';

export const PANEL_TITLES: Record<DataPanel, string> = {
  tables: 'Tables',
  charts: 'Charts',
  data: 'Your data',
};

export const DRAWER_ID = 'data-drawer';

/**
 * The drawer over the lower part of the map: tables, charts or own data. It leaves the map in
 * view above it, so hovering a chart bar or a row still shows on the map.
 */
export function DataDrawer({
  panel,
  onClose,
  children,
}: {
  panel: DataPanel;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <section
      id={DRAWER_ID}
      className={`data-drawer data-drawer-${panel}`}
      aria-labelledby="data-drawer-heading"
      data-covers-map="bottom"
    >
      <div className="data-drawer-heading">
        <h2 id="data-drawer-heading">{PANEL_TITLES[panel]}</h2>
        <button type="button" onClick={onClose}>
          Close<span className="visually-hidden"> {PANEL_TITLES[panel].toLowerCase()}</span>
        </button>
      </div>
      <div className="data-drawer-body">{children}</div>
    </section>
  );
}
