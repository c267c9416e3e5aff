import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress.ts';
import { prerenderSignIn } from './scripts/prerender-sign-in.ts';

export default defineConfig({
  plugins: [react(), prerenderSignIn(), precompress()],
  // Maps are written but not linked from the bundles: the server offers them only when FOCUS_SOURCE_MAPS asks.
  build: { outDir: 'dist', sourcemap: 'hidden' },
});
