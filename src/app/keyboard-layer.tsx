import { lazy, Suspense, useState } from 'react';
import { useKeyboardShortcuts } from '../components/keyboard-shortcuts.ts';
import './keyboard.css';

// Both come when first asked for: the help is a dialog of text, and undo brings the write road with it.
const ShortcutsHelp = lazy(() => import('./shortcuts-help.tsx').then((m) => ({ default: m.ShortcutsHelp })));
const UndoLastRunner = lazy(() =>
  import('../features/history/undo-last-runner.tsx').then((m) => ({ default: m.UndoLastRunner })),
);

/**
 * The page-wide keyboard: shortcuts (the ones tied to a button are declared on it with
 * `aria-keyshortcuts`), the "?" help, and Control/⌘+Z for History's last change.
 */
export function KeyboardLayer() {
  const [help, setHelp] = useState(false);
  // Presses of Control/⌘+Z so far; the runner undoes once for each, those made while it loads included.
  const [undos, setUndos] = useState(0);
  useKeyboardShortcuts({
    '?': () => setHelp(true),
    'Control+Z': () => setUndos((n) => n + 1),
  });
  return (
    <>
      <Suspense>{help && <ShortcutsHelp onClose={() => setHelp(false)} />}</Suspense>
      <Suspense>{undos > 0 && <UndoLastRunner presses={undos} />}</Suspense>
    </>
  );
}

/** The first stop on every page: straight to the table's current row, or to the main content. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        const row = document.querySelector<HTMLElement>('[role="grid"] tbody tr[tabindex="0"]');
        const main = document.getElementById('main');
        const target = row ?? main;
        if (!target) return;
        e.preventDefault();
        target.focus();
      }}
    >
      {label}
    </a>
  );
}
