/**
 * How every request to the API is sent, from the page or from a worker: the credentials travel only in
 * the Authorization header (no cookies), no answer comes from a cache, and a redirect is an error.
 */
export const API_REQUEST_INIT = {
  credentials: 'omit',
  cache: 'no-store',
  redirect: 'error',
} as const satisfies RequestInit;
