// The app, fetched by boot.ts once the pre-rendered sign-in has painted (boot.ts brought the stylesheets
// and the first-paint script the theme). zod and its settings (zod-config.ts) come with the first module
// that needs a schema, not with the app: see vite.config.ts and api/contract-schemas.ts.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { warmIntlWhenIdle } from './lib/locale.ts';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
// A root of its own beside the pre-rendered markup, not a hydration of it: the first render differs from the
// build's whenever this browser remembers an email or kept a session, and the form's values are carried
// over explicitly anyway (see features/auth/prerendered-form.ts). App takes the old markup away on commit.
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
warmIntlWhenIdle();
