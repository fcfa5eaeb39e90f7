import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { csvHandler } from '../../tests/msw/handlers';
import { atlasReady, renderApp } from '../../tests/msw/render-app';
import { server } from '../../tests/msw/server';

// The real programme: enough exemplars for the weights to reorder the candidates.
beforeEach(() => {
  const read = (file: string) => readFileSync(join(process.cwd(), 'data', file), 'utf8');
  server.use(
    csvHandler('organisations.csv', read('organisations.csv')),
    csvHandler('pairings.csv', read('pairings.csv')),
  );
});

const finder = () => screen.findByRole('region', { name: 'Partner finder' }, { timeout: 5000 });
const candidates = async () =>
  within(await screen.findByRole('table', { name: 'Candidate partners' }, { timeout: 5000 }));
const firstCandidate = async () =>
  (await candidates()).getAllByRole('row')[1]?.querySelector('th')?.textContent ?? '';

describe('the partner finder', () => {
  it('opens from the selection card, ranks the other role and marks the actual partner', async () => {
    renderApp('?select=org:stft');
    await atlasReady();
    await userEvent.click(await screen.findByRole('button', { name: 'Find partners' }));
    await finder();
    const table = await candidates();
    const actual = table.getByText('actual partner (merged)').closest('tr');
    expect(actual).not.toBeNull();
    expect(within(actual as HTMLElement).getByRole('button').textContent).toBe(
      'City Hospitals Sunderland',
    );
    expect(within(actual as HTMLElement).getAllByRole('cell')[0]?.textContent).toBe('1');
    expect(actual?.textContent).toMatch(/same platform \(MEDITECH\) \+3, 8 km \+1\.9/);
    expect(actual?.textContent).toMatch(/Prior relationship: yes \(shown, not scored\)/);
    // Every exemplar of the acute sector, and no follower.
    expect(table.getAllByRole('row')).toHaveLength(1 + 16);
    expect(window.location.search).toBe('?select=org%3Astft&finder=stft');
    expect(screen.getByText(/not a prediction of success/)).toBeInTheDocument();

    // Keyboard focus on a name points at its row (and, on the map, its line).
    const [, second] = table.getAllByRole('row').slice(1);
    const button = within(second as HTMLElement).getByRole('button');
    act(() => button.focus());
    expect(second).toHaveClass('finder-hovered');
    act(() => button.blur());
    expect(second).not.toHaveClass('finder-hovered');
  });

  it('re-ranks when a weight changes, and keeps the weights in the link', async () => {
    renderApp('?finder=gateshead');
    await finder();
    await userEvent.click(await screen.findByRole('button', { name: 'Platform first' }));
    expect(await firstCandidate()).toMatch(/^University Hospitals Bristol/);
    expect(window.location.search).toContain(
      'weights=platform%3A5%2Cdistance%3A1%2Cics%3A0%2Cstp%3A0%2Cregion%3A0',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Geography first' }));
    expect(await firstCandidate()).toMatch(/^Newcastle upon Tyne Hospitals/);
    expect(screen.getByRole('button', { name: 'Geography first' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    fireEvent.change(screen.getByRole('slider', { name: 'Same NHS region' }), {
      target: { value: '4' },
    });
    // The link follows the view a frame later; unlike user actions, fireEvent does not wait for it.
    await waitFor(() => expect(window.location.search).toContain('region%3A4'));
    expect(screen.getByRole('button', { name: 'Geography first' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('widens to every sector on request', async () => {
    renderApp('?finder=stft');
    const before = (await candidates()).getAllByRole('row').length;
    await userEvent.click(screen.getByRole('checkbox', { name: /Candidates from every sector/ }));
    expect((await candidates()).getAllByRole('row').length).toBeGreaterThan(before);
    expect(window.location.search).toBe('?finder=stft&scope=all');
  });

  it('shows how the real pairings rank, and suggests a plan compared with them', async () => {
    renderApp('?finder=programme');
    await finder();
    expect(screen.queryByRole('table', { name: 'Candidate partners' })).toBeNull();
    const headline = await screen.findByText(
      /^Under these weights, \d+ of \d+ followers were paired with their best-aligned exemplar\.$/,
    );
    const [, first, of] = /(\d+) of (\d+)/.exec(headline.textContent ?? '') ?? [];
    const bars = within(screen.getByRole('table', { name: /actual exemplar ranked/ }));
    expect(within(bars.getByRole('row', { name: /^1st/ })).getByRole('cell').textContent).toBe(
      first,
    );
    const better = screen.getByRole('table', { name: 'Followers with a better-aligned exemplar' });
    expect(within(better).getAllByRole('row')).toHaveLength(1 + Number(of) - Number(first));

    const capacity = screen.getByRole('spinbutton', { name: 'Most followers per exemplar' });
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '0');
    expect(screen.getByRole('button', { name: 'Suggest a plan' })).toBeDisabled();
    expect(screen.getByText('Enter a whole number from 1 to 99.')).toBeInTheDocument();
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Suggest a plan' }));
    const compared = within(
      await screen.findByRole('table', { name: 'Suggested plan against the real pairings' }),
    );
    const total = compared.getByRole('row', { name: /Total score/ });
    const [real, plan] = within(total)
      .getAllByRole('cell')
      .map((cell) => Number(cell.textContent));
    // The plan maximises the total score, so it never falls below the real pairings'.
    expect(plan).toBeGreaterThanOrEqual(real ?? Infinity);
    expect(window.location.search).toBe('?finder=programme&plan=2');
    await userEvent.click(screen.getByRole('button', { name: 'Clear the plan' }));
    expect(window.location.search).toBe('?finder=programme');
  });

  it('opens the finder for a follower from the better-aligned list, and closes', async () => {
    renderApp('?finder=programme');
    await finder();
    const better = await screen.findByRole('table', {
      name: 'Followers with a better-aligned exemplar',
    });
    const [button] = within(better).getAllByRole('button', { name: /^Find partners for / });
    const name = button?.getAttribute('aria-label')?.replace('Find partners for ', '') ?? '';
    await userEvent.click(button as HTMLElement);
    expect(screen.getByRole('combobox', { name: 'Find partners for' })).toHaveDisplayValue(name);
    expect(await candidates()).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Close finder' }));
    expect(screen.queryByRole('region', { name: 'Partner finder' })).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('says so when the link names an organisation that is not in the data', async () => {
    renderApp('?finder=nobody');
    await finder();
    expect(await screen.findByText(/partners of “nobody”, which is not in the data/)).toBeVisible();
  });

  it('marks the current weights in the grid, and a cell tries its weights', async () => {
    renderApp('?finder=programme');
    await finder();
    await userEvent.click(
      await screen.findByText('Show the grid of platform and distance weights'),
    );
    const current = await screen.findByRole('button', { name: /\(current weights\)/ });
    expect(current.getAttribute('aria-label')).toMatch(/platform 3 and distance 2/);
    await userEvent.click(screen.getByRole('button', { name: /with platform 5 and distance 0:/ }));
    expect(window.location.search).toContain('weights=platform%3A5%2Cdistance%3A0');
    expect(
      screen.getByRole('button', { name: /with platform 5 and distance 0 \(current weights\)/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});
