import type { Credentials, Session } from './credentials.ts';

const SESSION_KEY = 'focus.session';
const REMEMBER_KEY = 'focus.remember';

export interface RememberedSignIn {
  email: string;
  organizationId: number;
  workspaceId: number;
  method: 'basic' | 'apiKey';
}

export interface SessionState {
  session: Session | null;
  /** Set when a 401 ended the session: the dashboard stays mounted (inert) behind the sign-in. */
  expired: { reason: string; identity: string; organizationId: number; workspaceId: number } | null;
}

/** Who signed in, without the secret: used to tell "same person again" from "someone else". */
export function identityOf(session: Pick<Session, 'credentials' | 'organizationId' | 'workspaceId'>): string {
  const who =
    session.credentials.kind === 'basic' ? `basic:${session.credentials.email.toLowerCase()}` : 'apiKey';
  return `${who}@${session.organizationId}/${session.workspaceId}`;
}

function safeStorage(kind: 'session' | 'local'): Storage | null {
  try {
    return typeof window === 'undefined'
      ? null
      : kind === 'session'
        ? window.sessionStorage
        : window.localStorage;
  } catch {
    return null;
  }
}

function isCredentials(v: unknown): v is Credentials {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  return (
    (c.kind === 'basic' && typeof c.email === 'string' && typeof c.password === 'string') ||
    (c.kind === 'apiKey' && typeof c.apiKey === 'string')
  );
}

function readKeptSession(): Session | null {
  const raw = safeStorage('session')?.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Session>;
    if (
      isCredentials(v.credentials) &&
      Number.isInteger(v.organizationId) &&
      Number.isInteger(v.workspaceId)
    ) {
      return v as Session;
    }
  } catch {
    // A damaged entry is dropped below.
  }
  safeStorage('session')?.removeItem(SESSION_KEY);
  return null;
}

/**
 * Holds the credentials in memory for this tab. They reach sessionStorage only when the person
 * chose "Keep me signed in on this tab"; nothing secret ever goes to localStorage.
 */
export function createSessionStore() {
  let state: SessionState = { session: readKeptSession(), expired: null };
  const listeners = new Set<() => void>();
  const emit = (next: SessionState) => {
    state = next;
    listeners.forEach((l) => l());
  };

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getCredentials: () => state.session?.credentials ?? null,

    signIn(session: Session, keep: boolean) {
      const storage = safeStorage('session');
      if (keep) storage?.setItem(SESSION_KEY, JSON.stringify(session));
      else storage?.removeItem(SESSION_KEY);
      const remembered: RememberedSignIn = {
        email: session.credentials.kind === 'basic' ? session.credentials.email : '',
        organizationId: session.organizationId,
        workspaceId: session.workspaceId,
        method: session.credentials.kind,
      };
      safeStorage('local')?.setItem(REMEMBER_KEY, JSON.stringify(remembered));
      emit({ session, expired: null });
    },

    /** Forgets the credentials and everything this tab kept for the person (drafts included). */
    signOut() {
      const storage = safeStorage('session');
      if (storage) {
        const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
          (k): k is string => !!k && k.startsWith('focus.'),
        );
        keys.forEach((k) => storage.removeItem(k));
      }
      emit({ session: null, expired: null });
    },

    /** A 401 arrived. Only the first one for this session signs out; later ones find no session. */
    expire(reason: string) {
      if (!state.session) return false;
      safeStorage('session')?.removeItem(SESSION_KEY);
      const { organizationId, workspaceId } = state.session;
      emit({
        session: null,
        expired: { reason, identity: identityOf(state.session), organizationId, workspaceId },
      });
      return true;
    },

    remembered(): RememberedSignIn | null {
      try {
        const raw = safeStorage('local')?.getItem(REMEMBER_KEY);
        return raw ? (JSON.parse(raw) as RememberedSignIn) : null;
      } catch {
        return null;
      }
    },

    forget() {
      safeStorage('local')?.removeItem(REMEMBER_KEY);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
