import { useState } from 'react';
import { useKeyboardShortcuts } from '../components/keyboard-shortcuts.ts';
import { useUndoLast } from '../features/history/use-undo-last.ts';
import { ShortcutsHelp } from './shortcuts-help.tsx';
import './keyboard.css';

/**
 * The page-wide keyboard: shortcuts (the ones tied to a button are declared on it with
 * `aria-keyshortcuts`), the "?" help, and Control/⌘+Z for History's last change.
 */
export function KeyboardLayer() {
  const [help, setHelp] = useState(false);
  const undoLast = useUndoLast();
  useKeyboardShortcuts({
    '?': () => setHelp(true),
    'Control+Z': () => void undoLast(),
  });
  return help ? <ShortcutsHelp onClose={() => setHelp(false)} /> : null;
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
