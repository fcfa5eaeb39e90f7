import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { PAPER } from '../data/paper';
import type { UrlProblem } from '../domain/view/url-codec';
import { LazyFinderEngine } from '../features/finder/lazy-finder';
import { PresentButton } from '../features/present/present-button';
import { usePresentation } from '../features/present/use-presentation';
import { useAtlasViewContext } from '../state/atlas-view-context';
import { useDataSource } from '../state/data-source-context';
import { EvaluationContext } from '../state/evaluation-context';
import { useUrlSync } from '../state/use-url-sync';
import { EmbedView } from './embed-view';
import { ExploreScreen } from './explore-screen';
import { PresenterStatus } from './presenter-status';
import { PresenterView } from './presenter-view';
import { UrlNotice } from './url-notice';
import { useEscapeClearsSelection } from './use-escape-clears-selection';
import { useOwnDataInput } from './use-own-data-input';

/** The app: one derived view of the data, shown in one of three modes (explore, present, embed). */
export function App({ initialProblems = [] }: { initialProblems?: UrlProblem[] }) {
  const [problems, setProblems] = useState(initialProblems);
  useUrlSync(setProblems);
  useEscapeClearsSelection();
  const atlasView = useAtlasViewContext();
  const { data, atlas, filtered, view } = atlasView;
  const organisations = data.dataset?.organisations ?? [];
  const screen = (content: ReactNode) => (
    <EvaluationContext value={data.own ? null : PAPER}>
      {view.finder !== null && atlas !== null && <LazyFinderEngine />}
      {content}
    </EvaluationContext>
  );
  const addProblem = useCallback(
    (problem: UrlProblem) => setProblems((current) => [...current, problem]),
    [],
  );
  const { story, present, goToScene, leave, presentButton } = usePresentation(addProblem);
  const loadedStory = story.story;
  const { dragging, forgetDataLink } = useOwnDataInput(data);
  const ownLabel = useDataSource().own?.label ?? '';
  // Opened data are not "the GDE programme": they go by their story's title or their files.
  const datasetTitle = data.own ? (story.story?.title ?? `partnerships from ${ownLabel}`) : null;
  useEffect(() => {
    document.title =
      datasetTitle === null ? 'GDE Partnership Atlas' : `${datasetTitle} – GDE Partnership Atlas`;
  }, [datasetTitle]);

  if (view.scene !== null) {
    if (loadedStory !== null && atlas !== null && filtered !== null) {
      return screen(
        <PresenterView
          story={loadedStory}
          scene={view.scene}
          facts={filtered}
          organisations={organisations}
          goTo={goToScene}
          leave={leave}
        >
          <UrlNotice problems={problems} onDismiss={() => setProblems([])} />
        </PresenterView>,
      );
    }
    return (
      <PresenterStatus
        error={story.error ?? data.errors[0] ?? null}
        issues={story.issues}
        onRetry={() => {
          story.retry();
          data.retry();
        }}
        onLeave={leave}
      />
    );
  }

  if (view.embed && atlas !== null && filtered !== null) {
    return screen(<EmbedView organisations={organisations} />);
  }

  return screen(
    <ExploreScreen
      present={story.available && <PresentButton ref={presentButton} onPresent={present} />}
      problems={problems}
      onDismissProblems={() => setProblems([])}
      dragging={dragging}
      onOwnDataOpened={forgetDataLink}
      datasetTitle={datasetTitle}
    />,
  );
}
