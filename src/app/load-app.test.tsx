import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadApp } from './load-app';

function pageRoot() {
  const root = document.createElement('div');
  root.innerHTML = '<p>Loading the map…</p>';
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('loadApp', () => {
  it('mounts the app into the root once its code is in', async () => {
    const root = pageRoot();
    const mountApp = vi.fn();
    await loadApp(root, () => Promise.resolve({ mountApp }));
    expect(mountApp).toHaveBeenCalledWith(root);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why when the code cannot be loaded, and what to do', async () => {
    const root = pageRoot();
    await loadApp(root, () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    expect(within(root).getByRole('alert')).toHaveTextContent(
      'The atlas could not be loaded (Failed to fetch dynamically imported module). Check the connection and reload the page.',
    );
  });
});
