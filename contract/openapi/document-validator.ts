import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkParameters, type Parameter } from './parameters.ts';
import { DOCUMENT_ID, FORMATS, convertDefinitions, convertSchema, type Schema } from './schema-convert.ts';
import { describeErrors, type Violation } from './violations.ts';

export { summarize, type Violation } from './violations.ts';

/**
 * Checks requests and responses against the public Focus OpenAPI document (`focus-openapi.json` beside
 * this file, Swagger 2.0), for tests: the local API must answer in the document's shapes, and the
 * dashboard must ask in them.
 */

export interface Operation {
  method: string;
  /** The document's path template, e.g. `/organizations/{organization_id}/users`. */
  path: string;
  parameters: Parameter[];
  responses: Record<string, { schema?: Schema }>;
}

export interface Exchange {
  method: string;
  /** Below the API base (`/api`), without the query string. */
  path: string;
  query?: URLSearchParams;
  /** Parsed JSON body, or undefined when there was none. */
  body?: unknown;
}

interface Document {
  basePath: string;
  paths: Record<string, Record<string, { parameters?: Parameter[]; responses?: Operation['responses'] }>>;
  definitions: Record<string, Schema>;
}

const ERROR_SCHEMA: Schema = { $ref: `${DOCUMENT_ID}#/definitions/response.Error` };
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The `$ref`s of the document, resolved against the one schema that holds its definitions. */
function rooted(schema: Schema): Schema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', `"${DOCUMENT_ID}#/definitions/`));
}

export function loadDocument(): Document {
  return JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'focus-openapi.json'), 'utf8'),
  ) as Document;
}

export function createDocumentValidator(document: Document = loadDocument()) {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, verbose: true });
  for (const [name, pattern] of Object.entries(FORMATS)) ajv.addFormat(name, pattern);
  ajv.addSchema({ $id: DOCUMENT_ID, definitions: convertDefinitions(document.definitions) });

  const operations: (Operation & { pattern: RegExp; literals: number })[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const segments = path.split('/').filter(Boolean);
    const pattern = new RegExp(
      `^/${segments.map((s) => (s.startsWith('{') ? '([^/]+)' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/')}/?$`,
    );
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        responses: op.responses ?? {},
        pattern,
        literals: segments.filter((s) => !s.startsWith('{')).length,
      });
    }
  }

  const compiled = new Map<string, ValidateFunction>();
  function validatorFor(key: string, schema: Schema): ValidateFunction {
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(rooted(convertSchema(schema)));
      compiled.set(key, fn);
    }
    return fn;
  }

  /** The operation a request is for: the one whose template has the most literal segments wins. */
  function findOperation(method: string, path: string) {
    let best: (typeof operations)[number] | undefined;
    for (const op of operations) {
      if (op.method !== method.toUpperCase() || !op.pattern.test(path)) continue;
      if (!best || op.literals > best.literals) best = op;
    }
    return best;
  }

  function schemaErrors(
    fn: ValidateFunction,
    value: unknown,
    base: Omit<Violation, 'at' | 'message' | 'kind'>,
  ): Violation[] {
    if (fn(value)) return [];
    return describeErrors(fn.errors ?? []).map((e) => ({ ...base, ...e }));
  }

  function checkResponse(exchange: Exchange & { status: number }): Violation[] {
    const op = findOperation(exchange.method, exchange.path);
    const name = op ? `${op.method} ${op.path}` : `${exchange.method} ${exchange.path}`;
    const base = { operation: name, status: exchange.status, where: 'response' as const };
    const documented = op?.responses[String(exchange.status)];
    if (!documented) {
      // The document lists only some error statuses (its security requirements were removed, so no 401),
      // but every error it describes has the one error body: hold undocumented errors to that.
      if (exchange.status >= 400) {
        return schemaErrors(validatorFor('error', ERROR_SCHEMA), exchange.body, base);
      }
      const message = op
        ? `status ${exchange.status} is not documented for this operation`
        : 'no operation of the document matches this request';
      return [{ ...base, at: '', message, kind: `${name} ${exchange.status}` }];
    }
    if (!documented.schema) {
      if (exchange.body === undefined) return [];
      return [{ ...base, at: '', message: 'the document gives this status no body', kind: `${name} body` }];
    }
    return schemaErrors(validatorFor(`${name} ${exchange.status}`, documented.schema), exchange.body, base);
  }

  function checkRequest(exchange: Exchange): Violation[] {
    const op = findOperation(exchange.method, exchange.path);
    if (!op) {
      const operation = `${exchange.method} ${exchange.path}`;
      return [
        {
          operation,
          where: 'path',
          at: '',
          message: 'no operation of the document matches',
          kind: operation,
        },
      ];
    }
    const operation = `${op.method} ${op.path}`;
    const pathValues = op.pattern.exec(exchange.path)?.slice(1) ?? [];
    const out: Violation[] = checkParameters(op, pathValues, exchange.query ?? new URLSearchParams()).map(
      (v) => ({
        ...v,
        operation,
      }),
    );
    const bodyParam = op.parameters.find((p) => p.in === 'body');
    if (bodyParam?.schema) {
      if (exchange.body === undefined) {
        if (bodyParam.required) {
          out.push({
            operation,
            where: 'body',
            at: '',
            message: 'body is required',
            kind: `${operation} body`,
          });
        }
      } else {
        const fn = validatorFor(`${operation} body`, bodyParam.schema);
        out.push(...schemaErrors(fn, exchange.body, { operation, where: 'body' }));
      }
    } else if (exchange.body !== undefined) {
      out.push({
        operation,
        where: 'body',
        at: '',
        message: 'the operation takes no body',
        kind: `${operation} body`,
      });
    }
    return out;
  }

  return { findOperation, checkResponse, checkRequest };
}

export type DocumentValidator = ReturnType<typeof createDocumentValidator>;
