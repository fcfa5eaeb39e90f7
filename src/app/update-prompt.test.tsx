import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appUpdate } from './app-update';
import { UpdatePrompt } from './update-prompt';

afterEach(() => act(() => appUpdate.set({ needRefresh: false, offlineReady: false })));

describe('UpdatePrompt', () => {
  it('says nothing until the service worker reports', () => {
    const { container } = render(<UpdatePrompt />);
    expect(container).toBeEmptyDOMElement();
  });

  it('asks before updating, and "Reload to update" applies the waiting version', async () => {
    const apply = vi.fn(async () => undefined);
    appUpdate.onApply(apply);
    render(<UpdatePrompt />);
    act(() => appUpdate.set({ needRefresh: true }));
    expect(screen.getByRole('status')).toHaveTextContent('A newer version of the atlas');
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(apply).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeDisabled();
  });

  it('"Not now" puts the question away; the offline notice can be dismissed', async () => {
    render(<UpdatePrompt />);
    act(() => appUpdate.set({ needRefresh: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => appUpdate.set({ offlineReady: true }));
    expect(screen.getByRole('status')).toHaveTextContent('now works offline');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
