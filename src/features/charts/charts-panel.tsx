import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import paper from '../../../data/paper.json';
import { evidenceQuery } from '../../data/evidence-query';
import type { SceneChart } from '../../data/story-schema';
import type { PairingFacts } from '../../domain/derive-facts';
import { useHighlight } from '../../state/highlight-context';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { AlignedChart } from './aligned-chart';
import { ChannelChart } from './channel-chart';
import { alignedByStatus } from './data/aligned-by-status';
import { distanceSeries } from './data/distance-series';
import { channelCounts, flowCounts } from './data/evidence-counts';
import { factorCounts } from './data/factor-counts';
import { vendorMatrix } from './data/vendor-matrix';
import { DistanceChart } from './distance-chart';
import { FactorChart } from './factor-chart';
import { FlowChart } from './flow-chart';
import { VendorMatrixChart } from './vendor-matrix-chart';

/** Loaded only when the charts are opened: Recharts stays out of the map's first load. */
export default function ChartsPanel({
  pairings,
  only,
}: {
  pairings: PairingFacts[];
  /** Presenter mode shows one chart beside a scene's caption. */
  only?: SceneChart;
}) {
  const { filters } = useViewState();
  const dispatch = useViewDispatch();
  const evidence = useQuery(evidenceQuery);
  const [, setHighlight] = useHighlight();
  useEffect(() => () => setHighlight(null), [setHighlight]);
  const idsWhere = (keep: (facts: PairingFacts) => boolean) =>
    pairings.filter(keep).map(({ pairing }) => pairing.id);
  const items = useMemo(
    () => evidence.data?.valid.map(({ value }) => value) ?? [],
    [evidence.data],
  );

  const factors = useMemo(() => factorCounts(pairings, paper.aggregates), [pairings]);
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
          onHover={(factor) =>
            setHighlight(
              factor === null ? null : idsWhere((facts) => facts.factors[factor] === 'yes'),
            )
          }
          onPick={(factor) =>
            dispatch({
              type: 'set-filters',
              filters: { ...filters, factors: { ...filters.factors, [factor]: 'yes' } },
            })
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
          onPick={(status) =>
            dispatch({ type: 'set-filters', filters: { ...filters, statuses: [status] } })
          }
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
          onPick={(vendors) => dispatch({ type: 'set-filters', filters: { ...filters, vendors } })}
        />
      )}
      {!shows('flow') && !shows('channels') ? null : evidence.isError ? (
        <p role="alert" className="notice notice-error">
          The evidence file could not be loaded: {evidence.error.message}{' '}
          <button type="button" onClick={() => void evidence.refetch()}>
            Retry
          </button>
        </p>
      ) : evidence.isPending ? (
        <p role="status">Loading the paper&rsquo;s evidence…</p>
      ) : (
        <>
          {shows('flow') && <FlowChart rows={flows} />}
          {shows('channels') && <ChannelChart rows={channels} />}
        </>
      )}
    </div>
  );
}
