import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, use } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeViewState } from '../domain/view/url-codec';
import { INITIAL_VIEW_STATE } from '../domain/view/view-state';
import { useUrlSync } from './use-url-sync';
import {
  useSettledViewState,
  useViewDispatch,
  useViewState,
  ViewStateProvider,
} from './view-state-context';

/** Lets a test hold the panels' render of a view, as a slow render on a busy machine does. */
interface Gate {
  held: Promise<void> | null;
  release: () => void;
}

function newGate(): Gate {
  const gate: Gate = { held: null, release: () => undefined };
  return gate;
}

function hold(gate: Gate) {
  gate.held = new Promise<void>((resolve) => {
    gate.release = () => {
      gate.held = null;
      resolve();
    };
  });
}

function Controls() {
  const state = useViewState();
  const dispatch = useViewDispatch();
  useUrlSync(() => undefined);
  return (
    <>
      <button
        type="button"
        onClick={() =>
          dispatch({ type: 'select', selection: { kind: 'pairing', id: 'ouh--rbft' } })
        }
      >
        Select
      </button>
      <button
        type="button"
        onClick={() =>
          dispatch({ type: 'set-filters', filters: { ...state.filters, vendors: ['Cerner'] } })
        }
      >
        Cerner
      </button>
      <p data-testid="live">{encodeViewState(state)}</p>
    </>
  );
}

/** Stands for the panels: while the gate is held, a view without a vendor filter waits to render. */
function Panel({ gate }: { gate: Gate }) {
  const settled = useSettledViewState();
  if (gate.held !== null && settled.filters.vendors.length === 0) use(gate.held);
  return <p data-testid="settled">{encodeViewState(settled)}</p>;
}

const search = () => window.location.search.replace(/^\?/, '');
const nextPopState = () =>
  new Promise<void>((resolve) =>
    window.addEventListener('popstate', () => resolve(), { once: true }),
  );

describe('useUrlSync', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('adds an entry for each change, and Back and Forward step through them', async () => {
    render(
      <ViewStateProvider initial={INITIAL_VIEW_STATE}>
        <Controls />
      </ViewStateProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Select' }));
    expect(search()).toBe('select=pairing%3Aouh--rbft');
    await userEvent.click(screen.getByRole('button', { name: 'Cerner' }));
    expect(search()).toBe('select=pairing%3Aouh--rbft&vendor=Cerner');

    window.history.back();
    await waitFor(() => expect(screen.getByTestId('live')).toHaveTextContent(/^select=[^&]+$/));
    window.history.forward();
    await waitFor(() => expect(screen.getByTestId('live')).toHaveTextContent(/vendor=Cerner/));
    expect(search()).toBe('select=pairing%3Aouh--rbft&vendor=Cerner');
  });

  it('keeps the entries Forward goes to when Back is pressed again before the panels caught up', async () => {
    const gate = newGate();
    render(
      <ViewStateProvider initial={INITIAL_VIEW_STATE}>
        <Controls />
        <Suspense>
          <Panel gate={gate} />
        </Suspense>
      </ViewStateProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Select' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cerner' }));
    expect(search()).toBe('select=pairing%3Aouh--rbft&vendor=Cerner');

    // The first Back's view (the selection alone) is held in the panels' render...
    hold(gate);
    const firstBack = nextPopState();
    window.history.back();
    await firstBack;
    await waitFor(() => expect(screen.getByTestId('live')).toHaveTextContent(/^select=[^&]+$/));
    expect(screen.getByTestId('settled')).toHaveTextContent(/vendor=Cerner/);

    // ...and the second Back lets it finish rendering only once the live view has moved on.
    const secondBack = nextPopState().then(() => gate.release());
    window.history.back();
    await secondBack;
    await waitFor(() => expect(screen.getByTestId('settled')).toHaveTextContent(/^$/));
    expect(search()).toBe('');

    window.history.forward();
    await waitFor(() => expect(screen.getByTestId('live')).toHaveTextContent(/^select=[^&]+$/));
    expect(search()).toBe('select=pairing%3Aouh--rbft');
  });
});
