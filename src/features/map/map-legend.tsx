import type { Organisation, PairingStatus } from '../../domain/model';
import { toggleItem } from '../../lib/toggle-item';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { STATUS_STYLES, type Rgb } from '../../theme/colours';
import { vendorLegendEntries } from './legend-entries';

const rgb = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;

function Shape({ kind }: { kind: 'circle' | 'square' | 'triangle' | 'diamond' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="legend-symbol">
      {kind === 'circle' && (
        <circle cx="8" cy="8" r="6" fill="#777" stroke="#14141e" strokeWidth="1.5" />
      )}
      {kind === 'square' && (
        <rect
          x="2.5"
          y="2.5"
          width="11"
          height="11"
          fill="#777"
          stroke="#14141e"
          strokeWidth="1.5"
        />
      )}
      {kind === 'diamond' && (
        <path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" fill="#777" stroke="#14141e" strokeWidth="1.5" />
      )}
      {kind === 'triangle' && (
        <path d="M8 1.5 14.5 14 1.5 14Z" fill="#777" stroke="#14141e" strokeWidth="1.5" />
      )}
    </svg>
  );
}

function LineSample({ status }: { status: PairingStatus }) {
  const style = STATUS_STYLES[status];
  const [dash, gap] = style.dash;
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" className="legend-symbol">
      <line
        x1="2"
        y1="6"
        x2="34"
        y2="6"
        stroke={rgb(style.colour)}
        strokeWidth={style.width}
        strokeLinecap="round"
        strokeDasharray={dash === 0 ? undefined : `${dash * style.width} ${gap * style.width}`}
      />
    </svg>
  );
}

export function MapLegend({
  organisations,
  collapsed = false,
  readOnly = false,
}: {
  organisations: Organisation[];
  collapsed?: boolean;
  /** Presenter mode and image export: swatches are a key, not filter buttons. */
  readOnly?: boolean;
}) {
  const vendors = vendorLegendEntries(organisations);
  const { filters, lineColouring } = useViewState();
  const dispatch = useViewDispatch();
  const toggleVendor = (key: string) =>
    dispatch({
      type: 'set-filters',
      filters: { ...filters, vendors: toggleItem(filters.vendors, key) },
    });
  return (
    <details className="map-legend" open={collapsed ? undefined : true}>
      <summary>Legend</summary>
      <div className="legend-groups">
        <section aria-labelledby="legend-vendor">
          <h3 id="legend-vendor">
            Core EPR vendor (fill colour{readOnly ? '' : '; press to filter'})
          </h3>
          <ul>
            {vendors.map((entry) => {
              const content = (
                <>
                  <span
                    className="swatch"
                    style={{ background: rgb(entry.colour) }}
                    aria-hidden="true"
                  />
                  <span>
                    {entry.label} <span className="muted">({entry.count})</span>
                  </span>
                </>
              );
              return (
                <li key={entry.key}>
                  {readOnly ? (
                    <span className="legend-toggle">{content}</span>
                  ) : (
                    <button
                      type="button"
                      className="legend-toggle"
                      aria-pressed={filters.vendors.includes(entry.key)}
                      onClick={() => toggleVendor(entry.key)}
                    >
                      {content}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="legend-sites">
          <h3 id="legend-sites">Sites (shape = sector)</h3>
          <ul>
            <li>
              <Shape kind="circle" /> Acute
            </li>
            <li>
              <Shape kind="square" /> Mental health
            </li>
            <li>
              <Shape kind="triangle" /> Ambulance
            </li>
            {organisations.some(({ sector }) => sector === 'unknown') && (
              <li>
                <Shape kind="diamond" /> Sector not given
              </li>
            )}
            <li>
              <span className="role-sample role-gde" aria-hidden="true" /> Exemplar (GDE): larger,
              thick rim
            </li>
            <li>
              <span className="role-sample role-ff" aria-hidden="true" /> Fast follower (FF):
              smaller, thin rim
            </li>
          </ul>
        </section>
        <section aria-labelledby="legend-lines">
          <h3 id="legend-lines">Pairings (line style = status)</h3>
          {lineColouring === 'platform' && (
            <p className="muted">
              Coloured lines: same core platform, in its vendor&rsquo;s colour. Grey: different or
              unknown.
            </p>
          )}
          <ul>
            {(Object.keys(STATUS_STYLES) as PairingStatus[]).map((status) => (
              <li key={status}>
                <LineSample status={status} /> {STATUS_STYLES[status].label}
              </li>
            ))}
          </ul>
          <p className="muted">Labels give the straight-line distance between main sites.</p>
        </section>
      </div>
    </details>
  );
}
