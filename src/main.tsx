import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/app.tsx';
import './styles.css';

// zod would probe for eval (new Function) before its first parse; the page's CSP forbids eval, so the
// probe is reported as a violation (a console error) on every load. Without it zod parses the same way.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
