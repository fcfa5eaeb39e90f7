import { useEffect, useMemo } from 'react';
import type { SceneChart } from '../../data/story-schema';
import type { PairingFacts } from '../../domain/derive-facts';
import type { EvidenceItem } from '../../domain/evidence';
import type { Filters } from '../../domain/filters';
import { useEvaluation } from '../../state/evaluation-context';
import { useHighlight } from '../../state/highlight-context';
import { useEvidence } from '../../state/use-evidence';
import { useReadViewState, useViewDispatch } from '../../state/view-state-context';
import { AlignedChart } from './aligned-chart';
import { ChannelChart } from './channel-chart';
import { alignedByStatus } from './data/aligned-by-status';
import { distanceSeries } from './data/distance-series';
import { channelCounts, flowCounts } from './data/evidence-counts';
import { factorCounts } from './data/factor-counts';
import { paperComparison } from './data/paper-comparison';
import { vendorMatrix } from './data/vendor-matrix';
import { DistanceChart } from './distance-chart';
import { FactorChart } from './factor-chart';
import { FlowChart } from './flow-chart';
import { VendorMatrixChart } from './vendor-matrix-chart';

const NO_ITEMS: EvidenceItem[] = [];

/** Loaded only when the charts are opened: Recharts stays out of the map's first load. */
export default function ChartsPanel({
  pairings,
  only,
}: {
  pairings: PairingFacts[];
  /** Presenter mode shows one chart beside a scene's caption. */
  only?: SceneChart;
}) {
  // The bars add to the filters as they are when clicked; reading them then, not on every
  // change, keeps the charts out of the render that draws the map.
  const readView = useReadViewState();
  const dispatch = useViewDispatch();
  const setFilters = (change: (filters: Filters) => Filters) =>
    dispatch({ type: 'set-filters', filters: change(readView().filters) });
  const evidence = useEvidence();
  const [, setHighlight] = useHighlight();
  useEffect(() => () => setHighlight(null), [setHighlight]);
  const idsWhere = (keep: (facts: PairingFacts) => boolean) =>
    pairings.filter(keep).map(({ pairing }) => pairing.id);
  const items = evidence.status === 'ready' ? evidence.items : NO_ITEMS;

  const paper = useEvaluation();
  const factors = useMemo(
    () => factorCounts(pairings, paper?.aggregates ?? null),
    [pairings, paper],
  );
  const comparison = useMemo(
    () => (paper === null ? null : paperComparison(pairings, paper.published)),
    [pairings, paper],
  );
  const aligned = useMemo(() => alignedByStatus(pairings), [pairings]);
  const distances = useMemo(() => distanceSeries(pairings), [pairings]);
  const matrix = useMemo(() => vendorMatrix(pairings), [pairings]);
  const flows = useMemo(() => flowCounts(items), [items]);
  const channels = useMemo(() => channelCounts(items), [items]);

  const shows = (chart: SceneChart) => only === undefined || only === chart;

  return (
    <div className={only === undefined ? 'charts-grid' : 'charts-single'}>
      {shows('factors') && (
        <FactorChart
          rows={factors}
          paper={paper}
          comparison={comparison}
          onHover={(factor) =>
            setHighlight(
              factor === null ? null : idsWhere((facts) => facts.factors[factor] === 'yes'),
            )
          }
          onPick={(factor) =>
            setFilters((filters) => ({
              ...filters,
              factors: { ...filters.factors, [factor]: 'yes' },
            }))
          }
        />
      )}
      {shows('aligned') && (
        <AlignedChart
          rows={aligned}
          onHover={(target) =>
            setHighlight(
              target === null
                ? null
                : idsWhere(
                    (facts) =>
                      facts.aligned.length === target.aligned &&
                      facts.pairing.status === target.status,
                  ),
            )
          }
          onPick={(status) => setFilters((filters) => ({ ...filters, statuses: [status] }))}
        />
      )}
      {shows('distance') && (
        <DistanceChart
          bars={distances}
          onHover={(id) => setHighlight(id === null ? null : [id])}
          onPick={(id) => dispatch({ type: 'select', selection: { kind: 'pairing', id } })}
        />
      )}
      {shows('vendors') && (
        <VendorMatrixChart
          matrix={matrix}
          onHover={setHighlight}
          onPick={(vendors) => setFilters((filters) => ({ ...filters, vendors }))}
        />
      )}
      {!shows('flow') && !shows('channels') ? null : evidence.status === 'error' ? (
        <p role="alert" className="notice notice-error">
          The evidence file could not be loaded: {evidence.message}{' '}
          <button type="button" onClick={evidence.retry}>
            Retry
          </button>
        </p>
      ) : evidence.status === 'pending' ? (
        <p role="status">Loading the evidence…</p>
      ) : evidence.status === 'none' ? (
        <p className="notice">
          Your data came without an evidence.csv, so there is no knowledge-flow evidence to chart.
          The paper&rsquo;s evidence is about the GDE programme, so it is not shown with your data.
        </p>
      ) : (
        <>
          {shows('flow') && <FlowChart rows={flows} />}
          {shows('channels') && <ChannelChart rows={channels} />}
        </>
      )}
    </div>
  );
}
