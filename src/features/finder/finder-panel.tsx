import { useId, useMemo } from 'react';
import type { Candidate } from '../../domain/finder/candidates';
import { candidatesCsv, planCsv } from '../../domain/finder/finder-csv';
import { MAP_CANDIDATES } from '../../domain/finder/finder-lines';
import { SECTOR_LABELS } from '../../domain/format';
import type { FinderView } from '../../domain/view/view-state';
import { downloadText } from '../../lib/download-file';
import { useAtlasViewContext } from '../../state/atlas-view-context';
import { useFinder } from '../../state/finder-context';
import { useMapCommands } from '../../state/map-commands-context';
import { pointBounds } from '../../state/selection-bounds';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { CandidatesTable } from './candidates-table';
import { JobProgress } from './job-progress';
import { PlanSection } from './plan-section';
import { ProgrammeRanks } from './programme-ranks';
import { SensitivityGrid } from './sensitivity-grid';
import { WeightControls } from './weight-controls';
import './finder.css';

const PROGRAMME = '';
const ROLE_GROUPS = [
  { role: 'GDE', label: 'Global digital exemplars' },
  { role: 'FF', label: 'Fast followers' },
] as const;

/**
 * The partner finder (DESIGN §7): for one organisation, its candidate partners ranked on the
 * evaluation's factors under the user's weights; for the programme, how the real pairings rank,
 * a suggested plan and the weightings the real pairings resemble.
 */
export default function FinderPanel() {
  const id = useId();
  const { atlas } = useAtlasViewContext();
  // The live view: the finder's choices and weights are controls the next view is built from.
  const view = useViewState();
  const dispatch = useViewDispatch();
  const commands = useMapCommands();
  const { model, hovered, setHovered, gridWanted, setGridWanted } = useFinder();
  const finder = view.finder;
  const organisations = atlas?.facts.organisations;
  const sorted = useMemo(
    () =>
      [...(organisations ?? [])].sort((a, b) =>
        a.organisation.name.localeCompare(b.organisation.name, 'en-GB'),
      ),
    [organisations],
  );
  if (finder === null || atlas === null || organisations === undefined) return null;
  const nameOf = (organisationId: string) =>
    model?.byId.get(organisationId)?.organisation.name ?? organisationId;

  const setFinder = (change: Partial<FinderView>) =>
    dispatch({ type: 'set-finder', finder: { ...finder, ...change } });
  const findFor = (organisation: string | null) => {
    setHovered(null);
    setFinder({ organisation });
  };
  const showOnMap = (candidate: Candidate) => {
    const chosen = model?.chosen?.organisation;
    const other = candidate.facts.organisation;
    setHovered(other.id);
    if (chosen !== undefined)
      commands.current?.fitBounds(
        pointBounds([
          [chosen.lon, chosen.lat],
          [other.lon, other.lat],
        ]),
      );
  };
  const chosen = model?.chosen ?? null;
  const actualRanks =
    model === null
      ? []
      : model.candidates.filter(({ facts }) => model.actual.has(facts.organisation.id));

  return (
    <section className="finder-panel-body" aria-labelledby={`${id}-title`}>
      <div className="card-heading">
        <h2 id={`${id}-title`}>Partner finder</h2>
        <button type="button" onClick={() => dispatch({ type: 'set-finder', finder: null })}>
          Close finder
        </button>
      </div>
      <p className="finder-honesty">
        A what-if lens on the evaluation&apos;s factors, not a prediction of success: the evaluation
        published no outcome for each pairing to test a score against. Unknown vendors and areas
        never count as a match; prior relationship is known only for real pairings, so it is shown
        but not scored.
      </p>
      <label className="finder-chooser">
        Find partners for
        <select
          value={finder.organisation ?? PROGRAMME}
          onChange={(event) =>
            findFor(event.target.value === PROGRAMME ? null : event.target.value)
          }
        >
          <option value={PROGRAMME}>No one: the whole programme only</option>
          {ROLE_GROUPS.map(({ role, label }) => (
            <optgroup key={role} label={label}>
              {sorted
                .filter(({ organisation }) => organisation.role === role)
                .map(({ organisation }) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      {model?.missingId != null && (
        <p role="status" className="notice notice-warning">
          The link asks for partners of “{model.missingId}”, which is not in the data.
        </p>
      )}
      <WeightControls
        weights={view.weights}
        onChange={(weights) => dispatch({ type: 'set-weights', weights })}
      />

      {chosen !== null && model !== null && (
        <section aria-labelledby={`${id}-candidates`} className="finder-section">
          <h3 id={`${id}-candidates`}>
            Best-aligned {chosen.organisation.role === 'GDE' ? 'followers' : 'exemplars'} for{' '}
            {chosen.organisation.name}
          </h3>
          <p>
            {actualRanks.length === 0
              ? 'No real partner among these candidates.'
              : actualRanks
                  .map(
                    ({ facts, rank }) =>
                      `Actual partner ${facts.organisation.name} ranks ${rank} of ${model.candidates.length}.`,
                  )
                  .join(' ')}{' '}
            The map draws the top {MAP_CANDIDATES} as dashed teal lines, the actual partner&apos;s
            thicker.
          </p>
          <label className="finder-option">
            <input
              type="checkbox"
              checked={finder.allSectors}
              onChange={(event) => setFinder({ allSectors: event.target.checked })}
            />
            Candidates from every sector, not only{' '}
            {SECTOR_LABELS[chosen.organisation.sector as keyof typeof SECTOR_LABELS] ??
              chosen.organisation.sector}
          </label>
          <CandidatesTable
            candidates={model.candidates}
            actual={model.actual}
            weights={view.weights}
            hovered={hovered}
            onHover={setHovered}
            onShow={showOnMap}
          />
          <button
            type="button"
            onClick={() =>
              downloadText(
                `candidates-${chosen.organisation.id}.csv`,
                candidatesCsv(model.candidates, model.actual, view.weights),
              )
            }
          >
            Download candidates (CSV)
          </button>
        </section>
      )}

      {model !== null && (
        <>
          <section aria-labelledby={`${id}-ranks`} className="finder-section">
            <h3 id={`${id}-ranks`}>How the real pairings rank</h3>
            <JobProgress job={model.ranks} what="how the real pairings rank" />
            {model.ranks.status === 'ready' && (
              <ProgrammeRanks ranks={model.ranks.value.ranks} nameOf={nameOf} onFind={findFor} />
            )}
          </section>
          <section aria-labelledby={`${id}-plan`} className="finder-section">
            <h3 id={`${id}-plan`}>Suggest a plan</h3>
            <PlanSection
              plan={model.plan}
              real={model.ranks.status === 'ready' ? model.ranks.value.real : null}
              capacity={finder.plan}
              defaultCapacity={model.defaultCapacity}
              onSuggest={(plan) => setFinder({ plan })}
              onClear={() => setFinder({ plan: null })}
              onDownload={() => {
                if (model.plan.status === 'ready')
                  downloadText(
                    'suggested-plan.csv',
                    planCsv(model.plan.value.pairs, model.byId, atlas.facts.pairings),
                  );
              }}
            />
          </section>
          <section aria-labelledby={`${id}-grid`} className="finder-section">
            <h3 id={`${id}-grid`}>Which weightings do the real pairings resemble?</h3>
            <details
              open={gridWanted}
              onToggle={(event) => setGridWanted(event.currentTarget.open)}
            >
              <summary>Show the grid of platform and distance weights</summary>
              <JobProgress job={model.grid} what="the grid" />
              {model.grid.status === 'ready' && (
                <SensitivityGrid
                  cells={model.grid.value}
                  weights={view.weights}
                  onChoose={(weights) => dispatch({ type: 'set-weights', weights })}
                />
              )}
            </details>
          </section>
        </>
      )}
    </section>
  );
}
