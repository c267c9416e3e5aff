// The app, fetched by boot.ts once the pre-rendered sign-in has painted (boot.ts brought the stylesheets
// and the first-paint script the theme). First, before any module that makes a schema (see the module).
import './zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';

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
