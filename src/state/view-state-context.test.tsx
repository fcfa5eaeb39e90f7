import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW_STATE, type ViewState } from '../domain/view/view-state';
import {
  ViewStateProvider,
  useReadViewState,
  useSettledViewState,
  useViewDispatch,
  useViewState,
} from './view-state-context';

const statuses = (state: ViewState) => state.filters.statuses.join(',') || 'all';

/** Stands for the map: records what the panel showed when the map's side committed each view. */
function LiveSide({ seen }: { seen: string[] }) {
  const state = useViewState();
  const dispatch = useViewDispatch();
  useLayoutEffect(() => {
    seen.push(`${statuses(state)} beside ${screen.getByTestId('settled').textContent ?? ''}`);
  }, [state, seen]);
  return (
    <button
      type="button"
      onClick={() =>
        dispatch({ type: 'set-filters', filters: { ...state.filters, statuses: ['active'] } })
      }
    >
      Active only
    </button>
  );
}

/** Stands for a panel that only shows the view. */
function SettledSide({ renders }: { renders: string[] }) {
  const state = useSettledViewState();
  renders.push(statuses(state));
  return <p data-testid="settled">{statuses(state)}</p>;
}

describe('ViewStateProvider', () => {
  it('commits a change for the live side first; the settled side follows in its own render', async () => {
    const seen: string[] = [];
    const renders: string[] = [];
    render(
      <ViewStateProvider initial={INITIAL_VIEW_STATE}>
        <SettledSide renders={renders} />
        <LiveSide seen={seen} />
      </ViewStateProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Active only' }));

    // The live side commits "active" while the panel still shows every status.
    expect(seen).toEqual(['all beside all', 'active beside all']);
    expect(screen.getByTestId('settled')).toHaveTextContent('active');
    // The settled side is not rendered again with the old view in the live side's commit.
    expect(renders).toEqual(['all', 'active']);
  });

  it('gives both sides the view from the link on the first render', () => {
    const initial: ViewState = {
      ...INITIAL_VIEW_STATE,
      filters: { ...INITIAL_VIEW_STATE.filters, statuses: ['merged'] },
    };
    const seen: string[] = [];
    render(
      <ViewStateProvider initial={initial}>
        <SettledSide renders={[]} />
        <LiveSide seen={seen} />
      </ViewStateProvider>,
    );
    expect(seen).toEqual(['merged beside merged']);
  });

  it('lets a handler beside the settled view read the live one before the panel shows it', () => {
    const read: string[] = [];
    function Reader() {
      const readView = useReadViewState();
      return (
        <button type="button" onClick={() => read.push(statuses(readView()))}>
          Read
        </button>
      );
    }
    render(
      <ViewStateProvider initial={INITIAL_VIEW_STATE}>
        <SettledSide renders={[]} />
        <LiveSide seen={[]} />
        <Reader />
      </ViewStateProvider>,
    );
    // Unlike the user actions in these tests, fireEvent does not wait for the next frame.
    fireEvent.click(screen.getByRole('button', { name: 'Active only' }));
    fireEvent.click(screen.getByRole('button', { name: 'Read' }));
    expect(screen.getByTestId('settled')).toHaveTextContent('all');
    expect(read).toEqual(['active']);
  });
});
