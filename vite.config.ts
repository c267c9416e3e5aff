import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress.ts';
import { prerenderSignIn } from './scripts/prerender-sign-in.ts';

export default defineConfig({
  plugins: [react(), prerenderSignIn(), precompress()],
  // Maps are written but not linked from the bundles: the server offers them only when FOCUS_SOURCE_MAPS asks.
  build: {
    outDir: 'dist',
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod-config.ts must run before any schema is made (see it). With the app split from the boot module,
          // schemas are made in a chunk that main.tsx imports, which runs before main.tsx's own modules; in
          // zod's own chunk, the setting runs as zod loads, before any chunk that makes a schema.
          groups: [
            // React first, so that a group below that uses it (the forms) does not carry it along.
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            // The client uses zod/mini only (src/zod-config.ts says why the group exists at all).
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]zod-config\.ts$/, priority: 1 },
            // The form library comes with the first form opened, never with the sign-in screen.
            { name: 'forms', test: /[\\/]node_modules[\\/](react-hook-form|@hookform)[\\/]/ },
          ],
        },
      },
    },
  },
});
