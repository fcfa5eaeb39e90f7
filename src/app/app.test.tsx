import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { boundariesMissing, csvHandler, fixtureText } from '../../tests/msw/handlers';
import { openTables, renderApp } from '../../tests/msw/render-app';
import { server } from '../../tests/msw/server';

// jsdom has no WebGL; the map is covered by the real-browser tests.
const pairingsTable = () => openTables();

describe('loading and errors', () => {
  it('says it is loading until the data arrive', async () => {
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading programme data');
    await pairingsTable();
    expect(screen.queryByText(/Loading programme data/)).not.toBeInTheDocument();
  });

  it('shows the failed URL and recovers on Retry', async () => {
    let fail = true;
    server.use(
      http.get('*/pairings.csv', () =>
        fail
          ? new HttpResponse('boom', { status: 500, statusText: 'Internal Server Error' })
          : HttpResponse.text(fixtureText('good/pairings.csv')),
      ),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be loaded');
    expect(alert).toHaveTextContent(/pairings\.csv answered 500/);
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await pairingsTable()).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('tables', () => {
  it('list every pairing with distance in km, and every organisation', async () => {
    renderApp();
    const pairings = await pairingsTable();
    const rows = within(pairings).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(
      within(pairings).getByRole('columnheader', { name: /Distance \(km\)/ }),
    ).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent(/Alpha Hospitals.*Beta Hospital.*active.*17\.3/);
    const organisations = screen.getByRole('table', { name: 'Organisations' });
    expect(within(organisations).getAllByRole('row').slice(1)).toHaveLength(5);
  });

  it('sort by distance when the header is pressed', async () => {
    renderApp();
    const pairings = await pairingsTable();
    const header = within(pairings).getByRole('button', { name: /Distance \(km\)/ });
    await userEvent.click(header);
    await userEvent.click(header);
    expect(within(pairings).getByRole('columnheader', { name: /Distance \(km\)/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const firstRow = within(pairings).getAllByRole('row')[1];
    expect(firstRow).toHaveTextContent('Gamma Mental Health');
  });
});

describe('selection', () => {
  it('fills the card from a table row, links both organisations, and Escape clears it', async () => {
    renderApp();
    const pairings = await pairingsTable();
    const rowButton = within(pairings).getByRole('button', {
      name: /Alpha Hospitals NHS Foundation Trust and Beta/,
    });
    await userEvent.click(rowButton);
    expect(rowButton).toHaveAttribute('aria-pressed', 'true');

    const card = screen.getByRole('region', { name: 'Selection details' });
    expect(card).toHaveTextContent(
      'Alpha Hospitals NHS Foundation Trust (exemplar) was paired with Beta Hospital NHS Trust',
    );
    expect(card).toHaveTextContent('17 km (11 miles) apart, in the same ICS');
    expect(card).toHaveTextContent('Aligned factors: 4 of 5');
    expect(within(card).getByRole('link', { name: /example\.org/ })).toHaveAttribute(
      'href',
      'https://example.org/pair-ab',
    );
    expect(card).toHaveTextContent('Confidence: high');

    await userEvent.click(within(card).getByRole('button', { name: 'Open Beta Hospital' }));
    const organisations = screen.getByRole('table', { name: 'Organisations' });
    expect(
      within(organisations).getByRole('button', { name: 'Beta Hospital NHS Trust' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(rowButton).toHaveAttribute('aria-pressed', 'false');
    expect(card).toHaveTextContent('Beta Hospital NHS Trust was a fast follower');

    await userEvent.keyboard('{Escape}');
    // The card is there only while something is selected.
    expect(card).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Selection details' })).toBeNull();
  });

  it('lists an unpaired organisation with no pairings', async () => {
    renderApp();
    await pairingsTable();
    const organisations = screen.getByRole('table', { name: 'Organisations' });
    await userEvent.click(within(organisations).getByRole('button', { name: /Epsilon Ambulance/ }));
    expect(screen.getByRole('region', { name: 'Selection details' })).toHaveTextContent(
      'No pairing is recorded for this organisation.',
    );
  });
});

describe('data problems', () => {
  it('lists a bad row with file, row and column and still shows the valid rows', async () => {
    const organisations = fixtureText('good/organisations.csv').replace(
      '53.30,-2.70',
      '153.30,-2.70',
    );
    server.use(csvHandler('organisations.csv', organisations));
    renderApp();
    const pairings = await pairingsTable();
    expect(within(pairings).getAllByRole('row').slice(1)).toHaveLength(1);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Data checks: 2 errors (rows left out)');
    await userEvent.click(within(notice).getByRole('button', { name: 'Show the data checks' }));
    expect(screen.getByRole('button', { name: 'Data' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getByText(
        /organisations\.csv, row 3, column "lat": latitude must be between 49\.8 and 60\.9/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/pairings\.csv, row 2, column "ff_id": no organisation/),
    ).toBeInTheDocument();
  });

  it('runs without boundaries and says so', async () => {
    server.use(...boundariesMissing);
    renderApp();
    await pairingsTable();
    expect(
      await screen.findByText(/Boundary layers not available in this build/),
    ).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /ICS \(2022\) \(not available\)/ })).toBeDisabled();
    expect(
      within(screen.getByRole('table', { name: 'Organisations' })).getAllByText('not loaded')
        .length,
    ).toBeGreaterThan(0);
  });
});
