import type { ReactNode } from 'react';

/** The panel shown in place of rows: nothing matched, or the request failed. */
export function EntriesState({
  tone = 'empty',
  title,
  children,
  action,
}: {
  tone?: 'empty' | 'error';
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={`entries-state entries-state-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <span className="entries-state-icon" aria-hidden>
        {tone === 'error' ? '!' : <EmptyIcon />}
      </span>
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

function EmptyIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" fill="none" stroke="currentColor" strokeWidth="1.6">
      <circle cx="11" cy="11" r="8.5" />
      <path d="M11 6.5V11l3 2" strokeLinecap="round" />
    </svg>
  );
}
