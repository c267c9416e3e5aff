/** How a person proves who they are to the Focus API. */
export type Credentials =
  { kind: 'basic'; email: string; password: string } | { kind: 'apiKey'; apiKey: string };

export interface Session {
  credentials: Credentials;
  organizationId: number;
  workspaceId: number;
}

/** The Authorization header value. UTF-8 safe, unlike a bare btoa of the pair. */
export function authorizationHeader(credentials: Credentials): string {
  if (credentials.kind === 'apiKey') return `Bearer ${credentials.apiKey}`;
  const bytes = new TextEncoder().encode(`${credentials.email}:${credentials.password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}
