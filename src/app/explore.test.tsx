import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { atlasReady, openTables, renderApp } from '../../tests/msw/render-app';

// The filter tests read the tables, so they open them; the rest wait for the data only.
const ready = openTables;

function dataRows(name: 'Pairings' | 'Organisations') {
  return within(screen.getByRole('table', { name })).getAllByRole('row').slice(1);
}

describe('filters', () => {
  it('narrow the tables and counts, and "Clear all filters" restores them', async () => {
    renderApp();
    await ready();
    expect(screen.getByText('2 of 2 pairings · 5 of 5 organisations')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Filters'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'mental health' }));
    expect(screen.getByText('1 of 2 pairings · 2 of 5 organisations')).toBeInTheDocument();
    expect(dataRows('Pairings')).toHaveLength(1);
    expect(dataRows('Organisations')).toHaveLength(2);
    expect(window.location.search).toBe('?sector=mental_health&panel=tables');

    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(screen.getByText('2 of 2 pairings · 5 of 5 organisations')).toBeInTheDocument();
    expect(window.location.search).toBe('?panel=tables');
  });

  it('filter by alignment factor and distance', async () => {
    renderApp();
    await ready();
    await userEvent.click(screen.getByText('Filters'));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Same core platform' }),
      'yes',
    );
    expect(dataRows('Pairings')).toHaveLength(1);
    await userEvent.type(screen.getByRole('spinbutton', { name: 'At least' }), '100');
    expect(screen.getByText('0 of 2 pairings · 0 of 5 organisations')).toBeInTheDocument();
    expect(window.location.search).toBe('?factor=same_platform%3Ayes&km=100-&panel=tables');
  });

  it('the vendor legend doubles as a filter', async () => {
    renderApp();
    await ready();
    const cerner = screen.getByRole('button', { name: /Cerner \(2\)/ });
    await userEvent.click(cerner);
    expect(cerner).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('1 of 2 pairings · 2 of 5 organisations')).toBeInTheDocument();
  });

  it('open from a link with filters, and say what in the link was not understood', async () => {
    renderApp('?status=unknown&colour=rainbow&utm_source=mail');
    await ready();
    expect(screen.getByText('1 of 2 pairings · 2 of 5 organisations')).toBeInTheDocument();
    const notice = screen
      .getByText(/Some settings in this link were not understood/)
      .closest('div');
    expect(notice).toHaveTextContent('colour=rainbow expected status or platform');
    expect(notice).toHaveTextContent('utm_source=mail is not a parameter of this atlas');
    await userEvent.click(within(notice as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Some settings in this link/)).not.toBeInTheDocument();
  });

  it('says when a link selects something that is not in the data', async () => {
    renderApp('?select=org:nobody');
    await atlasReady();
    expect(
      screen.getByText(/This link selects something that is not in the data/),
    ).toBeInTheDocument();
  });
});

describe('search', () => {
  it('finds an organisation despite a typo and selects it with the keyboard', async () => {
    renderApp();
    await atlasReady();
    const search = screen.getByRole('combobox', { name: 'Find an organisation' });
    await userEvent.type(search, 'Gama Mental');
    const option = await screen.findByRole('option', { name: /Gamma Mental Health/ });
    expect(option).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const card = screen.getByRole('region', { name: 'Selection details' });
    expect(card).toHaveTextContent(
      'Gamma Mental Health NHS Foundation Trust was a global digital exemplar',
    );
    expect(window.location.search).toBe('?select=org%3Agde-c');
  });

  it('finds by ODS code', async () => {
    renderApp();
    await atlasReady();
    await userEvent.type(screen.getByRole('combobox', { name: 'Find an organisation' }), 'DDD');
    expect(await screen.findByRole('option', { name: /Delta Care/ })).toBeInTheDocument();
  });
});

describe('areas and sharing', () => {
  it('an area selected by link lists the organisations inside it', async () => {
    renderApp('?select=area:icb:E54000901');
    await atlasReady();
    const card = screen.getByRole('region', { name: 'Selection details' });
    expect(card).toHaveTextContent('ICB West');
    expect(card).toHaveTextContent('2 organisations have their main site here, in 1 pairing');
    expect(
      within(card).getByRole('button', { name: /Alpha Hospitals \(GDE\)/ }),
    ).toBeInTheDocument();
  });

  it('offers an embed snippet for the current view', async () => {
    renderApp('?sector=acute');
    await atlasReady();
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    await userEvent.click(screen.getByText('Embed'));
    const snippet = screen.getByRole('textbox', { name: /HTML to embed this view/ });
    expect(snippet).toHaveValue(
      '<iframe src="http://localhost:3000/?sector=acute&embed=1" title="GDE Partnership Atlas" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('embed=1 shows the map and legend without the panels', async () => {
    renderApp('?embed=1');
    expect(await screen.findByTestId('map')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Pairings' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open the full GDE Partnership Atlas/ }),
    ).toHaveAttribute('href', 'http://localhost:3000/');
  });
});
