// Run at build time (and by the dev server), never in the browser: draws the signed-out page as HTML for
// index.html from the real SignInScreen, so the pre-rendered form cannot drift from the component.
import '../zod-config.ts';
import { renderToString } from 'react-dom/server';
import { ApiProvider, createApiClient, createSessionStore, SESSION_KEY, THEME_KEY } from '../api/index.ts';
import { SignInScreen } from '../features/auth/index.ts';

/** The markup SessionGate shows a signed-out visitor (nothing remembered: Node has no storage). */
export function renderSignInPage(): string {
  const store = createSessionStore();
  const client = createApiClient({ baseUrl: '/api', getCredentials: () => null });
  return renderToString(
    <ApiProvider client={client} store={store}>
      <SignInScreen prerender />
    </ApiProvider>,
  );
}

/** The storage keys the first-paint script reads, from the modules that own them. */
export const FIRST_PAINT_KEYS = { theme: THEME_KEY, session: SESSION_KEY } as const;
