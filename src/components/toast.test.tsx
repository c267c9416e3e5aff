// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadedToasts, loadToasts, toast } from './toast.ts';
import { ToasterHost } from './toaster-host.tsx';

describe('toasts before sonner has loaded', () => {
  it('are kept in order and shown once it arrives, and a loading toast turns into its outcome', async () => {
    render(<ToasterHost />);
    expect(loadedToasts()).toBeNull();
    const id = toast.loading('Deleting the entry…');
    toast.info('Nothing to undo');
    expect(document.querySelector('[data-sonner-toaster]')).toBeNull();
    await act(async () => {
      await loadToasts();
    });
    expect(await screen.findByText('Deleting the entry…')).toBeTruthy();
    expect(screen.getByText('Nothing to undo')).toBeTruthy();
    act(() => void toast.success('Entry deleted', { id }));
    expect(await screen.findByText('Entry deleted')).toBeTruthy();
    expect(screen.queryByText('Deleting the entry…')).toBeNull();
  });
});
