import * as z from 'zod/mini';

// zod compiles object parsers with `new Function` when it may, and decides so when each schema is made;
// even probing whether it may is an eval that the page's CSP (no 'unsafe-eval') refuses and reports. So
// this module is imported before anything that makes a schema. Parsing without it measured no slower.
z.config({ jitless: true });
// zod/mini carries no messages of its own: a response that does not match the contract is described in
// the same English words the server uses.
z.config(z.locales.en());
