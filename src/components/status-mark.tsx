import type { ReactNode } from 'react';
import './status-mark.css';

/**
 * A task status as a coloured shape plus its name: the shape tells the kind of status even without
 * colour (an open circle to do, a half circle in progress, a tick done, a bar blocked). A status emoji
 * is left out: on machines without an emoji font it would show as an empty box.
 */
export function StatusMark({ name, type }: { name: string; type: string | null | undefined }) {
  const kind = KINDS.includes(type as Kind) ? (type as Kind) : 'other';
  return (
    <span className={`status-mark status-${kind}`}>
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden className="status-icon">
        {SHAPES[kind]}
      </svg>
      <span className="status-name">{name}</span>
    </span>
  );
}

type Kind = 'todo' | 'in_progress' | 'done' | 'blocked' | 'other';
const KINDS: Kind[] = ['todo', 'in_progress', 'done', 'blocked'];

const SHAPES: Record<Kind, ReactNode> = {
  todo: <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />,
  in_progress: (
    <>
      <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M6 1.5a4.5 4.5 0 0 1 0 9z" fill="currentColor" />
    </>
  ),
  done: (
    <>
      <circle cx="6" cy="6" r="5.5" fill="currentColor" />
      <path d="M3.6 6.2 5.3 7.8 8.4 4.4" fill="none" stroke="var(--surface)" strokeWidth="1.5" />
    </>
  ),
  blocked: (
    <>
      <circle cx="6" cy="6" r="5.5" fill="currentColor" />
      <path d="M3.5 6h5" stroke="var(--surface)" strokeWidth="1.6" />
    </>
  ),
  other: <circle cx="6" cy="6" r="3.5" fill="currentColor" />,
};
