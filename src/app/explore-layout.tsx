import { useState, type ReactNode } from 'react';
import { BOUNDARY_LABELS, type BoundaryLayerId } from '../domain/geo/boundaries';
import type { DataPanel } from '../domain/view/view-state';
import { PHONE_QUERY, useMediaQuery } from '../lib/use-media-query';
import { useSettledViewState, useViewDispatch } from '../state/view-state-context';
import { AboutDialog } from './about-dialog';
import { AppFooter } from './app-footer';
import { DataDrawer, DRAWER_ID, PANEL_TITLES } from './data-drawer';
import { ModalSheet } from './modal-sheet';
import { SidePanel } from './side-panel';
import './explore-layout.css';

const PANELS: DataPanel[] = ['tables', 'charts', 'data'];

/**
 * Explore mode, map first: a slim bar, the map filling the rest of the window, the left panel
 * and the selection card floating over it, and the tables, charts and own data in a drawer.
 * On a phone the panel becomes a bottom sheet opened from a bar under the map.
 */
export function ExploreLayout({
  search,
  present,
  share,
  notices,
  counts,
  panelContent,
  map,
  mapTools,
  selection,
  finder,
  onToggleFinder,
  drawer,
  missingBoundaries,
  dragging,
}: {
  search: ReactNode;
  present: ReactNode;
  share: ReactNode;
  notices: ReactNode;
  counts: ReactNode;
  /** Filters, layers and the legend. */
  panelContent: ReactNode;
  map: ReactNode;
  mapTools: ReactNode;
  /** The selection card's contents, or null when nothing is selected. */
  selection: ReactNode;
  /** The partner finder, shown in the selection card's place while open; null when closed. */
  finder: ReactNode;
  onToggleFinder: () => void;
  drawer: (panel: DataPanel) => ReactNode;
  missingBoundaries: BoundaryLayerId[];
  dragging: boolean;
}) {
  // The settled view: a drawer shows the panels' side of the view, and opens with it.
  const { panel } = useSettledViewState();
  const dispatch = useViewDispatch();
  const phone = useMediaQuery(PHONE_QUERY);
  const [panelOpen, setPanelOpen] = useState(finder === null);
  // Opening the finder folds the left panel away, so the map keeps a useful middle between the
  // two; the person can open it again.
  const finderOpen = finder !== null;
  const [finderWasOpen, setFinderWasOpen] = useState(finderOpen);
  if (finderOpen !== finderWasOpen) {
    setFinderWasOpen(finderOpen);
    if (finderOpen) setPanelOpen(false);
  }
  const [sheetOpen, setSheetOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const toggle = (which: DataPanel) =>
    dispatch({ type: 'set-panel', panel: panel === which ? null : which });

  return (
    <div
      className={`explore${phone ? ' explore-phone' : ''}${panel === null ? '' : ' has-drawer'}${phone ? '' : panelOpen ? ' has-panel' : ' has-folded-panel'}`}
    >
      <a className="skip-link" href="#atlas-map">
        Skip to the map
      </a>
      <header className="app-bar">
        <h1>GDE Partnership Atlas</h1>
        {search}
        <nav className="app-bar-actions" aria-label="Views and sharing">
          {present}
          <button type="button" aria-pressed={finder !== null} onClick={onToggleFinder}>
            Partner finder
          </button>
          {PANELS.map((which) => (
            <button
              key={which}
              type="button"
              aria-pressed={panel === which}
              aria-controls={panel === which ? DRAWER_ID : undefined}
              onClick={() => toggle(which)}
            >
              {which === 'data' ? 'Data' : PANEL_TITLES[which]}
            </button>
          ))}
          {share}
          <button type="button" onClick={() => setAboutOpen(true)}>
            About
          </button>
        </nav>
      </header>
      <div className="notice-region">
        {notices}
        {missingBoundaries.length > 0 && (
          <p role="status" className="notice">
            Boundary layers not available in this build:{' '}
            {missingBoundaries.map((layer) => BOUNDARY_LABELS[layer]).join(', ')}. Same-ICS and
            same-STP checks show as unknown. Run <code>npm run boundaries</code> to build them.
          </p>
        )}
      </div>
      <div className="workspace">
        <main id="atlas-map" className="map-area" aria-label="Map of organisations and pairings">
          {map}
          <div className="map-tools">{mapTools}</div>
          {phone && (
            <div className="phone-bar">
              {counts}
              <button type="button" onClick={() => setSheetOpen(true)}>
                Filters and legend
              </button>
            </div>
          )}
        </main>
        {!phone && (
          <SidePanel
            expanded={panelOpen}
            onToggle={() => setPanelOpen((open) => !open)}
            counts={counts}
          >
            {panelContent}
          </SidePanel>
        )}
        {finder !== null && (
          <div className="finder-panel" data-covers-map={phone ? 'bottom' : 'right'}>
            {finder}
          </div>
        )}
        {finder === null && selection !== null && (
          <div className="selection-card" data-covers-map={phone ? 'bottom' : 'right'}>
            {selection}
          </div>
        )}
        {panel !== null && (
          <DataDrawer panel={panel} onClose={() => dispatch({ type: 'set-panel', panel: null })}>
            {drawer(panel)}
          </DataDrawer>
        )}
        <AppFooter onAbout={() => setAboutOpen(true)} />
      </div>
      {phone && (
        <ModalSheet
          open={sheetOpen}
          title="Filters, layers and legend"
          onClose={() => setSheetOpen(false)}
        >
          {panelContent}
        </ModalSheet>
      )}
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop organisations.csv and pairings.csv to open them (they stay in this browser)
        </div>
      )}
    </div>
  );
}
