import { STORAGE_PREFIX, THEME_KEY, browserStorage, removeOwnKeys, writeItem } from './browser-storage.ts';
import type { Credentials, Session } from './credentials.ts';

/** The kept session of this tab (sessionStorage); the first-paint script checks for it too. */
export const SESSION_KEY = `${STORAGE_PREFIX}session`;
const REMEMBER_KEY = `${STORAGE_PREFIX}remember`;

/** What the sign-in form may fill in next time: never a password or key. */
export interface RememberedSignIn {
  email: string;
  organizationId: number;
  workspaceId: number;
  method: 'basic' | 'apiKey';
}

/** A session a 401 ended: enough to show where one was and to prefill the sign-in, nothing secret. */
export interface ExpiredSession extends RememberedSignIn {
  reason: string;
  identity: string;
  /** Whether the person had chosen "Keep me signed in on this tab". */
  keep: boolean;
}

export interface SessionState {
  session: Session | null;
  /** Set when a 401 ended the session: the dashboard stays mounted (inert) behind the sign-in. */
  expired: ExpiredSession | null;
}

/** FNV-1a: tells two API keys apart in memory; 32 bits say nothing usable about a 128-bit key. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Who signed in where, without the secret: tells "the same person again" from "someone else". */
export function identityOf(session: Pick<Session, 'credentials' | 'organizationId' | 'workspaceId'>): string {
  const c = session.credentials;
  const who =
    c.kind === 'basic' ? `basic:${c.email.trim().toLowerCase()}` : `apiKey:${fingerprint(c.apiKey)}`;
  return `${who}@${session.organizationId}/${session.workspaceId}`;
}

const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

function isCredentials(v: unknown): v is Credentials {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  return (
    (c.kind === 'basic' && typeof c.email === 'string' && typeof c.password === 'string') ||
    (c.kind === 'apiKey' && typeof c.apiKey === 'string')
  );
}

function readJson(storage: Storage | null, key: string): Record<string, unknown> | null {
  try {
    const raw = storage?.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function readKeptSession(): Session | null {
  const storage = browserStorage('session');
  const v = readJson(storage, SESSION_KEY);
  if (v && isCredentials(v.credentials) && isId(v.organizationId) && isId(v.workspaceId)) {
    return { credentials: v.credentials, organizationId: v.organizationId, workspaceId: v.workspaceId };
  }
  storage?.removeItem(SESSION_KEY);
  return null;
}

/** Same account in the same workspace, as far as the remembered (secret-free) details can tell. */
function samePerson(last: RememberedSignIn, session: Session): boolean {
  const c = session.credentials;
  return (
    last.method === c.kind &&
    last.organizationId === session.organizationId &&
    last.workspaceId === session.workspaceId &&
    (c.kind === 'apiKey' || last.email.trim().toLowerCase() === c.email.trim().toLowerCase())
  );
}

function rememberedOf(session: Session): RememberedSignIn {
  return {
    email: session.credentials.kind === 'basic' ? session.credentials.email : '',
    organizationId: session.organizationId,
    workspaceId: session.workspaceId,
    method: session.credentials.kind,
  };
}

function readRemembered(): RememberedSignIn | null {
  const v = readJson(browserStorage('local'), REMEMBER_KEY);
  if (!v || !isId(v.organizationId) || !isId(v.workspaceId)) return null;
  return {
    email: typeof v.email === 'string' ? v.email : '',
    organizationId: v.organizationId,
    workspaceId: v.workspaceId,
    method: v.method === 'apiKey' ? 'apiKey' : 'basic',
  };
}

/** Everything this browser kept for the last person, except what the sign-in form remembers and the theme. */
function forgetPersonalData() {
  removeOwnKeys(browserStorage('session'));
  removeOwnKeys(browserStorage('local'), [REMEMBER_KEY, THEME_KEY]);
}

/**
 * Holds the credentials in memory for this tab. They reach sessionStorage only when the person
 * chose "Keep me signed in on this tab"; nothing secret ever goes to localStorage.
 */
export function createSessionStore() {
  let state: SessionState = { session: readKeptSession(), expired: null };
  let kept = state.session !== null;
  const listeners = new Set<() => void>();
  const emit = (next: SessionState) => {
    state = next;
    listeners.forEach((l) => l());
  };

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getCredentials: () => state.session?.credentials ?? null,

    /**
     * Starts a session. Answers 'resumed' when it is the person whose session a 401 ended (their
     * screen and cache stay), 'fresh' otherwise (then the last person's local data is gone).
     */
    signIn(session: Session, keep: boolean): 'resumed' | 'fresh' {
      const identity = identityOf(session);
      const resumed = state.expired?.identity === identity;
      // Someone other than the last person here: what this browser kept for that person goes first.
      const last = readRemembered();
      const someoneElse = state.expired ? !resumed : last !== null && !samePerson(last, session);
      if (someoneElse) forgetPersonalData();
      const storage = browserStorage('session');
      if (keep) writeItem(storage, SESSION_KEY, JSON.stringify(session));
      else storage?.removeItem(SESSION_KEY);
      kept = keep;
      writeItem(browserStorage('local'), REMEMBER_KEY, JSON.stringify(rememberedOf(session)));
      emit({ session, expired: null });
      return resumed ? 'resumed' : 'fresh';
    },

    /** Forgets the credentials and everything this browser kept for the person (drafts included). */
    signOut() {
      forgetPersonalData();
      kept = false;
      emit({ session: null, expired: null });
    },

    /**
     * A 401 arrived. Only the first one for the current credentials ends the session; later ones
     * find no session, and a late 401 for credentials already replaced is not about this session.
     */
    expire(reason: string, sentWith?: Credentials | null): boolean {
      const session = state.session;
      if (!session) return false;
      if (sentWith !== undefined && sentWith !== session.credentials) return false;
      browserStorage('session')?.removeItem(SESSION_KEY);
      emit({
        session: null,
        expired: { ...rememberedOf(session), reason, identity: identityOf(session), keep: kept },
      });
      return true;
    },

    remembered: readRemembered,

    forget() {
      browserStorage('local')?.removeItem(REMEMBER_KEY);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
