import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import paper from '../../data/paper.json';
import { fixtureText } from '../../tests/msw/handlers';
import { atlasReady, openDrawer, renderApp } from '../../tests/msw/render-app';

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

const ready = () => atlasReady();

/** The full reference, in the About dialog. */
async function citation() {
  await userEvent.click(screen.getByRole('button', { name: 'About' }));
  const dialog = await screen.findByRole('dialog', { name: 'About this atlas' });
  const found = within(dialog).queryByText(/^Findings/);
  await userEvent.click(within(dialog).getByRole('button', { name: /^Close/ }));
  return found;
}

function footerText() {
  return screen.getByRole('contentinfo').textContent ?? '';
}

describe('the evaluation is cited as paper.json records it', () => {
  it('About gives every author, the year, the title, the journal and a DOI link', async () => {
    renderApp();
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'About' }));
    const dialog = await screen.findByRole('dialog', { name: 'About this atlas' });
    const cited = within(dialog).queryByText(/^Findings/);
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

  it('the map’s footer names the authors and year, and opens the full reference', async () => {
    renderApp();
    await ready();
    expect(footerText()).toContain(`Findings: Hinder et al. (${paper.year}), ${paper.journal} ·`);
    await userEvent.click(
      within(screen.getByRole('contentinfo')).getByRole('button', { name: 'About and sources' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'About this atlas' });
    expect(within(dialog).getByText(/^Findings/)).toHaveAttribute('id', 'evaluation-citation');
  });

  it('with someone else’s data the paper is not cited, and it comes back with the built-in data', async () => {
    renderApp();
    await ready();
    expect(await citation()).not.toBeNull();
    await openDrawer('Data');
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('organisations.csv', fixtureText('good/organisations.csv')),
      csvFile('pairings.csv', fixtureText('good/pairings.csv')),
    ]);
    await waitFor(() => expect(footerText()).not.toContain('Findings'), { timeout: 10_000 });
    expect(await citation()).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Back to the built-in data' }));
    await screen.findByRole('button', { name: 'Show my data again' });
    expect(await citation()).not.toBeNull();
    expect(footerText()).toContain('Findings');
  });
});
