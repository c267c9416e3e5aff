import { z } from 'zod';

// zod probes for eval (`new Function`) when it builds its first object schema; the page's CSP forbids
// eval, so the probe is reported as a violation (a console error) on every load. Imported first by
// main.tsx, before any schema exists; without the probe zod parses the same way.
z.config({ jitless: true });
