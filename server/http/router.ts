export type Params = Record<string, string>;

interface Route<H> {
  method: string;
  segments: readonly string[];
  handler: H;
}

export type Match<H> =
  | { kind: 'found'; handler: H; params: Params }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

/** Patterns like `/organizations/{organization_id}/users`; a `{name}` segment matches any one segment. */
export class Router<H> {
  private readonly routes: Route<H>[] = [];

  add(method: string, pattern: string, handler: H): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  match(method: string, pathname: string): Match<H> {
    const parts = pathname.split('/').filter(Boolean);
    const allow: string[] = [];
    let best: { route: Route<H>; params: Params; literals: number } | undefined;
    for (const route of this.routes) {
      const matched = matchSegments(route.segments, parts);
      if (!matched) continue;
      if (route.method !== method) {
        allow.push(route.method);
        continue;
      }
      // The most literal pattern wins, so `/time-entries/bulk` beats a parameter in that place.
      if (!best || matched.literals > best.literals) best = { route, ...matched };
    }
    if (best) return { kind: 'found', handler: best.route.handler, params: best.params };
    if (allow.length > 0) return { kind: 'method-not-allowed', allow: [...new Set(allow)] };
    return { kind: 'not-found' };
  }
}

function matchSegments(
  segments: readonly string[],
  parts: readonly string[],
): { params: Params; literals: number } | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Params = {};
  let literals = 0;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    const part = parts[i] as string;
    if (seg.startsWith('{')) {
      params[seg.slice(1, -1)] = safeDecode(part);
    } else if (seg === part) {
      literals++;
    } else {
      return undefined;
    }
  }
  return { params, literals };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
