import type { Schema } from './schema-convert.ts';

/** A Swagger 2.0 parameter object, as far as the checks below read it. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'body' | 'header' | 'formData';
  required?: boolean;
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: { type?: string; enum?: unknown[]; minimum?: number };
  collectionFormat?: string;
  schema?: Schema;
}

interface ParameterViolation {
  where: 'path' | 'query';
  at: string;
  message: string;
  kind: string;
}

/** Why one text value does not fit a simple (non-body) parameter type, or undefined when it does. */
function simpleValueProblem(
  value: string,
  spec: { type?: string; enum?: unknown[]; minimum?: number; maximum?: number },
): string | undefined {
  switch (spec.type) {
    case 'integer': {
      if (!/^-?\d+$/.test(value)) return `"${value}" is not an integer`;
      const n = Number(value);
      if (spec.minimum !== undefined && n < spec.minimum) return `${n} is below the minimum ${spec.minimum}`;
      if (spec.maximum !== undefined && n > spec.maximum) return `${n} is above the maximum ${spec.maximum}`;
      break;
    }
    case 'number':
      if (value.trim() === '' || !Number.isFinite(Number(value))) return `"${value}" is not a number`;
      break;
    case 'boolean':
      if (value !== 'true' && value !== 'false') return `"${value}" is not true or false`;
      break;
  }
  if (spec.enum && !spec.enum.includes(value)) return `"${value}" is not one of ${spec.enum.join(', ')}`;
  return undefined;
}

/**
 * Path and query parameters against the operation's: types, enums, minimums, required ones present, and
 * no names the operation does not declare. Arrays are comma-separated (`csv`, Swagger's default) or, for
 * `multi`, repeated.
 */
export function checkParameters(
  op: { method: string; path: string; parameters: Parameter[] },
  pathValues: readonly string[],
  query: URLSearchParams,
): ParameterViolation[] {
  const out: ParameterViolation[] = [];
  const name = `${op.method} ${op.path}`;
  const pathNames = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  pathNames.forEach((param, i) => {
    const spec = op.parameters.find((p) => p.in === 'path' && p.name === param);
    const problem = spec && simpleValueProblem(decodeURIComponent(pathValues[i] ?? ''), spec);
    if (problem)
      out.push({ where: 'path', at: param, message: `${param}: ${problem}`, kind: `${name} path ${param}` });
  });

  const declared = new Map(op.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  for (const key of new Set(query.keys())) {
    const spec = declared.get(key);
    const kind = `${name} query ${key}`;
    if (!spec) {
      out.push({ where: 'query', at: key, message: `${key} is not a parameter of this operation`, kind });
      continue;
    }
    const values = query.getAll(key);
    if (values.length > 1 && spec.collectionFormat !== 'multi') {
      out.push({ where: 'query', at: key, message: `${key} is given ${values.length} times`, kind });
      continue;
    }
    const items =
      spec.type === 'array'
        ? spec.collectionFormat === 'multi'
          ? values
          : values.flatMap((v) => v.split(','))
        : values;
    const itemSpec = spec.type === 'array' ? (spec.items ?? {}) : spec;
    for (const item of items) {
      const problem = simpleValueProblem(item, itemSpec);
      if (problem) out.push({ where: 'query', at: key, message: `${key}: ${problem}`, kind });
    }
  }
  for (const spec of declared.values()) {
    if (spec.required && !query.has(spec.name)) {
      out.push({
        where: 'query',
        at: spec.name,
        message: `${spec.name} is required`,
        kind: `${name} query ${spec.name}`,
      });
    }
  }
  return out;
}
