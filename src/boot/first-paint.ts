/**
 * The one script that runs before the first paint (a plain, blocking script in <head>; the plugin in
 * scripts/prerender-sign-in.ts writes it from this function, so it has no imports and touches only its
 * arguments). It puts the chosen theme on <html> so the other theme never flashes, and marks a tab that
 * kept its session, so the stylesheet shows "Loading the dashboard…" instead of a sign-in form it will not need.
 */
export function firstPaint(themeKey: string, sessionKey: string, doc: Document = document): void {
  const root = doc.documentElement;
  try {
    const theme = localStorage.getItem(themeKey);
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch {
    // No storage: the system's theme applies.
  }
  try {
    if (sessionStorage.getItem(sessionKey)) root.dataset.boot = 'resume';
  } catch {
    // No storage: no kept session either.
  }
}
