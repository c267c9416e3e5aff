import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { useSessionState } from '../api/index.ts';
import { navigate } from '../navigation/location.ts';
import { SignOutButton } from './sign-out-button.tsx';
import { useTheme } from './theme.ts';
import { PRODUCT } from './use-document-title.ts';
import { VIEWS } from './views.tsx';

/** A plain click moves within the app; a click meant for a new tab or window is left to the browser. */
function followLink(e: MouseEvent<HTMLAnchorElement>, path: string, after?: () => void) {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
  e.preventDefault();
  navigate(path);
  after?.();
}

/**
 * The header: the views, who is signed in where, the theme and Sign out. On a wide screen all of it is
 * in one row; on a narrow one it folds into a Menu button whose panel holds the same elements.
 */
export function AppHeader({ pathname, onSignOut }: { pathname: string; onSignOut: () => void }) {
  const { session, expired } = useSessionState();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headerRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const where = session ?? expired;
  const who = session?.credentials.kind === 'basic' ? session.credentials.email : 'API key';

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!headerRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <header className="app-header" ref={headerRef}>
      <a className="brand" href="/" onClick={(e) => followLink(e, '/', () => setOpen(false))}>
        <span className="brand-mark" aria-hidden>
          ◷
        </span>
        {PRODUCT}
      </a>
      <button
        ref={buttonRef}
        type="button"
        className="button ghost app-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <MenuIcon open={open} />
        Menu
      </button>
      <div className="app-header-panel" id={panelId} data-open={open || undefined}>
        <nav aria-label="Main" className="app-nav">
          {VIEWS.map(({ path, label, Badge }) => (
            <a
              key={path}
              href={path}
              aria-current={pathname === path ? 'page' : undefined}
              onClick={(e) => followLink(e, path, () => setOpen(false))}
            >
              {label}
              {Badge && <Badge />}
            </a>
          ))}
        </nav>
        <div className="app-account">
          {where && (
            <span className="app-who muted">
              {who} · org {where.organizationId} · workspace {where.workspaceId}
            </span>
          )}
          <ThemeToggle />
          <SignOutButton onSignOut={onSignOut} />
        </div>
      </div>
    </header>
  );
}

/** Light or dark; the choice is remembered in this browser (see theme.ts). */
function ThemeToggle() {
  const { theme, toggle } = useTheme();
  return (
    <button type="button" className="button ghost app-theme" aria-pressed={theme === 'dark'} onClick={toggle}>
      <ThemeIcon dark={theme === 'dark'} />
      <span className="app-theme-label">Dark theme</span>
    </button>
  );
}

function ThemeIcon({ dark }: { dark: boolean }) {
  return (
    <svg className="app-theme-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden>
      {dark ? (
        <path d="M10.5 1.8A6.5 6.5 0 1 0 14.2 11 5.2 5.2 0 0 1 10.5 1.8z" fill="currentColor" />
      ) : (
        <g stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" fill="none">
          <circle cx="8" cy="8" r="3" />
          <path d="M8 1v1.6M8 13.4V15M1 8h1.6M13.4 8H15M3 3l1.1 1.1M11.9 11.9 13 13M3 13l1.1-1.1M11.9 4.1 13 3" />
        </g>
      )}
    </svg>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden fill="none" stroke="currentColor">
      {open ? (
        <path d="M4 4l10 10M14 4 4 14" strokeWidth="1.8" strokeLinecap="round" />
      ) : (
        <path d="M3 5h12M3 9h12M3 13h12" strokeWidth="1.8" strokeLinecap="round" />
      )}
    </svg>
  );
}
