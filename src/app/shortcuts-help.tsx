import { Dialog } from '../components/dialog.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

const GROUPS: { title: string; keys: [string[], string][] }[] = [
  {
    title: 'Anywhere',
    keys: [
      [['/'], 'Search tasks (the Task filter)'],
      [['N'], 'New entry'],
      [['Delete'], 'Delete the selected entries (asks first)'],
      [[mod, 'Z'], 'Undo the last change in History'],
      [['Esc'], 'Clear the selection'],
      [['Alt', 'T'], 'Go to the notifications'],
      [['?'], 'This list'],
    ],
  },
  {
    title: 'In the table (one Tab stop)',
    keys: [
      [['↑', '↓'], 'Previous or next row; Page Up, Page Down, Home and End jump'],
      [['Space'], 'Select or unselect the row'],
      [['Shift', '↓'], 'Select this row and the next'],
      [['Enter'], 'Open the row'],
      [['E'], 'Edit the row'],
      [['Shift', 'F10'], 'The row’s menu (or the Menu key)'],
      [['→', '←'], 'Move between the row’s cells; Esc back to the row'],
    ],
  },
];

/** The "?" dialog: every keyboard shortcut, in the words of what it does. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {GROUPS.map((g) => (
        <section key={g.title} className="shortcuts-group" aria-label={g.title}>
          <h3>{g.title}</h3>
          <dl className="shortcuts-list">
            {g.keys.map(([keys, what]) => (
              <div key={what}>
                <dt>
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && (keys[0] === '↑' || keys[0] === '→' ? ' or ' : ' + ')}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="muted">Shortcuts wait while you type in a field, and while a dialog or menu is open.</p>
    </Dialog>
  );
}
