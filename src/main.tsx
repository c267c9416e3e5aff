// First, before any module that makes a schema (see the module).
import './zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyStoredTheme } from './app/theme.ts';
import './tokens.css';
import './styles.css';
import './narrow.css';

// Before the first paint, so a chosen theme never flashes the other one.
applyStoredTheme();
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
