import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import paper from '../../data/paper.json';
import { atlasReady, renderApp } from '../../tests/msw/render-app';
import { server } from '../../tests/msw/server';

// The charts are exercised in their own tests; here a scene only needs to say which one it shows.
vi.mock('../features/charts/charts-panel', () => ({
  default: ({ only }: { only?: string }) => <p>Chart: {only}</p>,
}));

const sceneHeading = () => screen.findByRole('heading', { level: 2 });

describe('presenter mode', () => {
  it('opens at the scene a link names, with its caption, source and progress', async () => {
    renderApp('?scene=3');
    expect(await sceneHeading()).toHaveTextContent('Same platform, far apart');
    expect(screen.getByText('Scene 3 of 8')).toBeInTheDocument();
    expect(screen.getByText('3 / 8')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Scene 3:/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(screen.getByRole('link', { name: /PLOS ONE/ })).toHaveAttribute(
      'href',
      'https://doi.org/10.1371/journal.pone.0255220',
    );
    expect(screen.queryByRole('table', { name: 'Pairings' })).not.toBeInTheDocument();
  });

  it('the title scene gives the full reference from paper.json; other scenes only their sources', async () => {
    renderApp('?scene=1');
    expect(await sceneHeading()).toHaveTextContent('What made GDE pairings work');
    const reference = screen.getByText(paper.title, { exact: false });
    const text = reference.textContent ?? '';
    expect(text).toContain(`${paper.authors.slice(0, -1).join(', ')} and ${paper.authors.at(-1)}`);
    expect(text).toContain(`(${paper.year})`);
    expect(text).toContain(`${paper.journal}, ${paper.articleNumber}`);
    expect(screen.getByRole('link', { name: new RegExp(`^doi:${paper.doi}`) })).toHaveAttribute(
      'href',
      paper.url,
    );

    await userEvent.keyboard('{PageDown}');
    expect(await sceneHeading()).toHaveTextContent('The programme at a glance');
    expect(screen.queryByText(paper.title, { exact: false })).toBeNull();
  });

  it('steps with clicker keys, jumps with numbers and Home/End, and keeps the URL in step', async () => {
    renderApp('?scene=1');
    expect(await sceneHeading()).toHaveTextContent('What made GDE pairings work');
    await userEvent.keyboard('{PageDown}');
    expect(await sceneHeading()).toHaveTextContent('The programme at a glance');
    expect(await screen.findByText('Chart: factors')).toBeInTheDocument();
    expect(window.location.search).toBe('?scene=2');
    await userEvent.keyboard('{ArrowRight}{ }');
    expect(await sceneHeading()).toHaveTextContent('Neighbours in one ICS');
    await userEvent.keyboard('{PageUp}');
    expect(await sceneHeading()).toHaveTextContent('Same platform, far apart');
    await userEvent.keyboard('{End}');
    expect(await sceneHeading()).toHaveTextContent('What carried the knowledge');
    await userEvent.keyboard('{PageDown}');
    expect(window.location.search).toBe('?scene=8');
    await userEvent.keyboard('6');
    expect(await sceneHeading()).toHaveTextContent('The pairing that was dropped');
    await userEvent.keyboard('{Home}');
    expect(await sceneHeading()).toHaveTextContent('What made GDE pairings work');
  });

  it('Present starts at scene 1 and Escape returns to the view you had, focus on Present', async () => {
    renderApp('?status=merged&boundary=stp');
    await atlasReady();
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(await sceneHeading()).toHaveTextContent('What made GDE pairings work');
    expect(window.location.search).toBe('?scene=1');
    await userEvent.keyboard('{PageDown}{Escape}');
    await atlasReady();
    expect(window.location.search).toBe('?boundary=stp&status=merged');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus());
  });

  it('leaving a presentation opened by link keeps the scene view to explore from', async () => {
    renderApp('?scene=5');
    expect(await sceneHeading()).toHaveTextContent('Pairings that became mergers');
    await userEvent.click(screen.getByRole('button', { name: /Leave presentation/ }));
    await atlasReady();
    expect(window.location.search).toBe('?status=merged');
  });

  it('a scene past the end goes to the last scene and says so', async () => {
    renderApp('?scene=42');
    expect(
      await screen.findByText(/past the end of the story, which has 8 scenes/),
    ).toBeInTheDocument();
    expect(await sceneHeading()).toHaveTextContent('What carried the knowledge');
    expect(window.location.search).toBe('?scene=8');
  });

  it('a broken story file is reported by scene and field, and you can leave', async () => {
    server.use(
      http.get('*/story.json', () =>
        HttpResponse.json({
          title: 'Broken',
          scenes: [
            { id: 'a', title: 'A', caption: 'x', sources: [], view: '' },
            { id: 'b', title: 'B', caption: 'y', sources: [], view: 'status=paused' },
          ],
        }),
      ),
    );
    renderApp('?scene=1');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /story\.json, row 1, column "sources"/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Leave presentation' }));
    expect(await atlasReady()).toBeInTheDocument();
  });
});
