import type { ErrorObject } from 'ajv';
import { DOCUMENT_ID, definitionNames } from './schema-convert.ts';

export interface Violation {
  /** `GET /organizations/{organization_id}/users`, or the request's own path when no operation matched. */
  operation: string;
  status?: number;
  where: 'path' | 'query' | 'body' | 'response';
  /** JSON pointer into the body, or the parameter name. */
  at: string;
  message: string;
  /** The same kind of problem at every place it occurs: schema location plus the missing property. */
  kind: string;
}

/**
 * Ajv's errors without the noise of the null branches: where a property may be "X or null", a wrong
 * value fails both branches, and only the X branch says anything useful.
 */
export function describeErrors(errors: readonly ErrorObject[]): Pick<Violation, 'at' | 'message' | 'kind'>[] {
  const useful = errors.filter(
    (e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null'),
  );
  const seen = new Set<string>();
  const out: Pick<Violation, 'at' | 'message' | 'kind'>[] = [];
  for (const e of useful) {
    const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
    const at = missing ? `${e.instancePath}/${missing}` : e.instancePath;
    const owner =
      (e.parentSchema && definitionNames.get(e.parentSchema)) ?? e.schemaPath.replace(`${DOCUMENT_ID}#`, '#');
    const kind = missing ? `${owner} requires ${missing}` : `${owner}: ${e.schemaPath.replace(/^.*#/, '#')}`;
    const key = `${at} ${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      at,
      kind,
      message: missing ? `missing required ${missing}` : `${at || 'body'} ${e.message ?? e.keyword}`,
    });
  }
  return out;
}

/** One line per kind of violation with how often it occurred, for test failure messages. */
export function summarize(violations: readonly Violation[], limit = 40): string {
  const counts = new Map<string, { n: number; example: Violation }>();
  for (const v of violations) {
    const key = `${v.operation} ${v.status ?? ''} ${v.kind}`;
    const hit = counts.get(key);
    if (hit) hit.n++;
    else counts.set(key, { n: 1, example: v });
  }
  const lines = [...counts.values()].map(
    ({ n, example: v }) =>
      `${v.operation}${v.status ? ` → ${v.status}` : ''} [${v.where}] ${v.at}: ${v.message} (${v.kind}) ×${n}`,
  );
  const more = lines.length > limit ? `\n… and ${lines.length - limit} more kinds` : '';
  return lines.slice(0, limit).join('\n') + more;
}
