/** sessionStorage or localStorage, or null where there is none (tests, privacy modes that throw). */
export function browserStorage(kind: 'session' | 'local'): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}
