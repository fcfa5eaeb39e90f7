import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import paper from '../../data/paper.json';
import { fixtureText } from '../../tests/msw/handlers';
import { renderApp } from '../../tests/msw/render-app';

vi.mock('../features/map/map-view', () => ({ default: () => <div data-testid="map" /> }));

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

async function ready() {
  await screen.findByRole('table', { name: 'Pairings' });
}

function citation() {
  const footer = screen.getByRole('contentinfo');
  return within(footer).queryByText(/^Findings/);
}

describe('the evaluation is cited as paper.json records it', () => {
  it('the footer gives every author, the year, the title, the journal and a DOI link', async () => {
    renderApp();
    await ready();
    const cited = citation();
    expect(cited).not.toBeNull();
    const text = cited?.textContent ?? '';
    let from = 0;
    for (const author of paper.authors) {
      const at = text.indexOf(author, from);
      expect(at, `${author} in the listed order`).toBeGreaterThanOrEqual(from);
      from = at + author.length;
    }
    expect(text).toContain(`(${paper.year})`);
    expect(text).toContain(paper.title);
    expect(text).toContain(`${paper.journal}, ${paper.articleNumber}`);
    const link = within(cited as HTMLElement).getByRole('link', {
      name: new RegExp(`doi:${paper.doi}`),
    });
    expect(link).toHaveAttribute('href', paper.url);
  });

  it('the header names the authors and year and links to that full reference', async () => {
    renderApp();
    await ready();
    const link = within(screen.getByRole('banner')).getByRole('link', {
      name: `Hinder et al. (${paper.year}), ${paper.journal}`,
    });
    expect(link).toHaveAttribute('href', '#evaluation-citation');
    expect(document.getElementById('evaluation-citation')).toBe(citation());
  });

  it('with someone else’s data the paper is not cited, and it comes back with the built-in data', async () => {
    renderApp();
    await ready();
    expect(citation()).not.toBeNull();
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('organisations.csv', fixtureText('good/organisations.csv')),
      csvFile('pairings.csv', fixtureText('good/pairings.csv')),
    ]);
    await waitFor(() => expect(citation()).toBeNull(), { timeout: 10_000 });
    expect(within(screen.getByRole('banner')).queryByRole('link')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Back to the built-in data' }));
    await screen.findByRole('button', { name: 'Show my data again' });
    expect(citation()).not.toBeNull();
  });
});
