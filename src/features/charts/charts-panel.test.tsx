import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import paper from '../../../data/paper.json';
import { csvHandler, fixtureText } from '../../../tests/msw/handlers';
import { renderApp } from '../../../tests/msw/render-app';
import { server } from '../../../tests/msw/server';

async function openCharts() {
  renderApp('?charts=1');
  await waitFor(() => expect(screen.getAllByRole('figure')).toHaveLength(6), { timeout: 5000 });
}

function figureNamed(name: RegExp) {
  return screen.getByRole('figure', { name });
}

function dataRows(figure: HTMLElement) {
  return within(figure).getAllByRole('row').slice(1);
}

describe('charts panel', () => {
  it('opens from the link, lazily, with six charts that follow the fixture data', async () => {
    await openCharts();

    const factors = figureNamed(/most common aligned factor/);
    expect(dataRows(factors)).toHaveLength(5);
    expect(
      within(factors).getByRole('row', { name: /Same core platform 1 0 1 17 of 23 pairings/ }),
    ).toBeInTheDocument();
    expect(factors.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);

    const distance = figureNamed(/shared a platform although the sites were over 100 km apart/);
    expect(dataRows(distance)).toHaveLength(2);
    expect(distance.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);

    const aligned = figureNamed(/line up on 3 or more/);
    expect(dataRows(aligned).map((row) => row.textContent?.at(0))).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('lists the evidence by direction and channel with the same numbers as the chart', async () => {
    await openCharts();
    const flow = await screen.findByRole('figure', {
      name: /excerpts about direction show the exemplar learning too/,
    });
    expect(within(flow).getByRole('row', { name: 'Exemplar → follower 4' })).toBeInTheDocument();
    expect(within(flow).getByRole('row', { name: 'Follower → exemplar 3' })).toBeInTheDocument();
    expect(flow.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(5);
    const channels = figureNamed(/channels named/);
    expect(dataRows(channels)).toHaveLength(8);
  });

  it('a chart action filters the map and tables and updates the link', async () => {
    await openCharts();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show pairings with same core platform' }),
    );
    expect(screen.getByText('1 of 2 pairings · 2 of 5 organisations')).toBeInTheDocument();
    expect(window.location.search).toContain('factor=same_platform%3Ayes');
  });

  it('a vendor grid cell filters to those vendors', async () => {
    await openCharts();
    await userEvent.click(screen.getByRole('button', { name: /1 pairings from Cerner to Cerner/ }));
    expect(window.location.search).toContain('vendor=Cerner');
  });

  it('is closed by default, opens from the bar with its intro, and the link says so', async () => {
    renderApp();
    const toggle = await screen.findByRole('button', { name: 'Charts' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findAllByRole('figure', {}, { timeout: 5000 })).toHaveLength(6);
    expect(screen.getByRole('region', { name: 'Charts' })).toHaveTextContent(
      'Why pairings worked: alignment factors',
    );
    expect(window.location.search).toBe('?panel=charts');
    await userEvent.click(screen.getByRole('button', { name: 'Close charts' }));
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(window.location.search).toBe('');
  });
});

describe('the factor chart beside the paper', () => {
  it('reads the paper’s figures from paper.json and splits mergers at its publication', async () => {
    // Alpha and Beta merge in April 2023, after the paper; Gamma and Delta never do.
    const organisations = fixtureText('good/organisations.csv')
      .replace(
        'single_vendor_epr,,,https://example.org/alpha',
        'single_vendor_epr,ff-b,2023-04,https://example.org/alpha',
      )
      .replace(
        'single_vendor_epr,,,https://example.org/beta',
        'single_vendor_epr,gde-a,2023-04,https://example.org/beta',
      );
    const pairings = fixtureText('good/pairings.csv').replace(
      'neighbours with shared services,no,',
      'neighbours with shared services,yes,',
    );
    server.use(
      csvHandler('organisations.csv', organisations),
      csvHandler('pairings.csv', pairings),
    );
    await openCharts();
    const factors = figureNamed(/most common aligned factor/);
    const { aggregates } = paper;
    expect(factors).toHaveTextContent(`Hinder et al. (2021), PLOS ONE (doi:${paper.doi}`);
    expect(factors).toHaveTextContent(
      `report ${aggregates.sameCoreSystemPairings} of their ${aggregates.pairings} pairings on the same core system, ${aggregates.sameStpOrIcsPairings} in the same STP and/or ICS, and ${aggregates.organisationsInMergers} organisations in mergers`,
    );
    expect(factors).toHaveTextContent(
      'Of the 1 pairing shown whose partners merged with each other, 0 had merged by August 2021, when the paper was published, and 1 merged later (Alpha Hospitals and Beta Hospital, April 2023).',
    );
    expect(within(factors).getByRole('link', { name: new RegExp(paper.doi) })).toHaveAttribute(
      'href',
      paper.url,
    );
  });

  it('says nothing of mergers when no partners merged', async () => {
    await openCharts();
    const factors = figureNamed(/most common aligned factor/);
    expect(factors).toHaveTextContent(/organisations in mergers during the programme/);
    expect(factors).not.toHaveTextContent(/whose partners merged/);
    // The fixture has one proposed pairing and none dropped.
    expect(factors).toHaveTextContent(
      'many facts are still unknown, 1 pairing was only proposed, and the paper studied 23 pairings',
    );
  });
});
