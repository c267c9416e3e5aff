/**
 * What the route fuzz test (routes-fuzz.test.ts) sends: a route's example request, each part mostly kept
 * and sometimes replaced by an edge value, random text or JSON of the wrong kind.
 */
import fc from 'fast-check';
import type * as z from 'zod/mini';
import type { RouteSpec } from '../contract/index.ts';
import type { Who } from './test-client.ts';

/** The field names a schema knows: an object's keys, or those of an array's items. */
export function fieldsOf(schema: z.core.$ZodType | undefined): string[] {
  const def = schema?._zod.def as { shape?: Record<string, unknown>; element?: z.core.$ZodType } | undefined;
  if (def?.shape) return Object.keys(def.shape);
  if (def?.element) return fieldsOf(def.element);
  return [];
}

/** Values that sit on the edges the schemas and handlers draw. */
const edgy = fc.constantFrom(
  'activity',
  'break',
  '2026-08-07T09:00:00Z',
  '2026-08-07T09:00:00+02:00',
  '2026-08-07',
  '2026-02-30T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59-23:59',
  '+010000-01-01T00:00:00Z',
  '1',
  '2',
  '0',
  '-1',
  '1.5',
  '1e309',
  '9007199254740993',
  '1,2,3',
  ',',
  '-start,task_id',
  'start,start',
  'true',
  'false',
  'null',
  '',
  '%',
  '\u0000',
  '🙂',
  'a'.repeat(300),
);
const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const scalarText = fc.oneof(edgy, text, fc.integer().map(String), fc.double().map(String));
const jsonValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 5_000 }),
  fc.integer(),
  fc.double(),
  fc.constant(Number.MAX_SAFE_INTEGER + 2),
  edgy,
  text,
  fc.jsonValue({ maxDepth: 2 }),
);

/** Bodies that are not JSON, or are JSON of an unwelcome kind, sent as they are. */
const rawBodies = fc.constantFrom(
  '{',
  'null',
  '"text"',
  '[]',
  '{}',
  '\uFEFF{}',
  '{"type":"activity","type":"break"}',
  `${'['.repeat(40)}${']'.repeat(40)}`,
  `[${Array(60_000).fill(0).join(',')}]`,
  '{"__proto__":{"admin":true}}',
);

/** A request the route answers with success; `attempts` varies it. */
export interface Example {
  params: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/** Usually nothing, now and then what `some` makes. */
const rarely = <T>(some: fc.Arbitrary<T[]>) =>
  fc.oneof({ arbitrary: fc.constant<T[]>([]), weight: 5 }, { arbitrary: some, weight: 1 });

/** Mostly the example's value, sometimes another, sometimes (when `drop`) none. */
const perturbed = <T>(value: T, other: fc.Arbitrary<unknown>, drop: boolean) =>
  fc.oneof(
    { arbitrary: fc.constant<unknown>(value), weight: 8 },
    { arbitrary: other, weight: 1 },
    { arbitrary: fc.constant(undefined), weight: drop ? 1 : 0 },
  );

/** Each field kept, changed or dropped, and now and then one the schema does not know. */
function perturbedObject(o: Record<string, unknown>, values: fc.Arbitrary<unknown>, drop = true) {
  const fields = Object.entries(o).map(([k, v]) => perturbed(v, values, drop).map((nv) => [k, nv] as const));
  const extra = drop
    ? rarely(fc.array(fc.tuple(text, values), { minLength: 1, maxLength: 2 }))
    : fc.constant([]);
  return fc
    .tuple(fc.tuple(...fields), extra)
    .map(([kept, more]) =>
      Object.fromEntries([...kept, ...more].filter(([, v]) => v !== undefined) as [string, unknown][]),
    );
}

export interface Attempt {
  who: Who;
  path: string;
  query: [string, string][];
  body: { raw: string; type: string | undefined } | undefined;
}

export function attempts(spec: RouteSpec, example: Example): fc.Arbitrary<Attempt> {
  const path = perturbedObject(example.params, scalarText, false).map((params) =>
    spec.path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(String(params[k] ?? ''))),
  );
  const queryKeys = fieldsOf(spec.query);
  const query = fc
    .tuple(
      perturbedObject(example.query ?? {}, scalarText),
      // Known names again (a repeated parameter) or unknown ones.
      rarely(
        fc.array(
          fc.tuple(queryKeys.length > 0 ? fc.oneof(fc.constantFrom(...queryKeys), text) : text, scalarText),
          { minLength: 1, maxLength: 2 },
        ),
      ),
    )
    .map(([q, extra]) => [
      ...Object.entries(q).map(([k, v]) => [k, String(v)] as [string, string]),
      ...extra,
    ]);
  const bodyKeys = fieldsOf(spec.body);
  const record = fc.dictionary(
    bodyKeys.length > 0 ? fc.oneof(fc.constantFrom(...bodyKeys), text) : text,
    jsonValue,
    {
      maxKeys: 6,
    },
  );
  const exampleBody = example.body;
  const valid: fc.Arbitrary<unknown> = Array.isArray(exampleBody)
    ? fc.array(perturbedObject(exampleBody[0] as Record<string, unknown>, jsonValue), {
        minLength: 1,
        maxLength: 1,
      })
    : perturbedObject((exampleBody ?? {}) as Record<string, unknown>, jsonValue);
  const stringify = (v: unknown) => JSON.stringify(v) ?? 'null';
  const body = spec.body
    ? fc.oneof(
        { arbitrary: valid.map(stringify), weight: 6 },
        {
          arbitrary: fc.oneof(record, fc.array(record, { maxLength: 4 }), fc.jsonValue()).map(stringify),
          weight: 2,
        },
        { arbitrary: rawBodies, weight: 1 },
        { arbitrary: fc.constant(''), weight: 1 },
      )
    : fc.oneof({ arbitrary: fc.constant(''), weight: 4 }, { arbitrary: record.map(stringify), weight: 1 });
  const type = fc.oneof(
    { arbitrary: fc.constant('application/json'), weight: 10 },
    { arbitrary: fc.constantFrom(undefined, 'text/plain', 'application/json; charset=latin1'), weight: 1 },
  );
  const who = fc.oneof(
    { arbitrary: fc.constant<Who>('lead'), weight: 3 },
    { arbitrary: fc.constantFrom<Who>('member', 'outsider', 'anonymous'), weight: 2 },
  );
  return fc.record({
    who,
    path,
    query,
    body: fc.tuple(body, type).map(([raw, t]) => (raw === '' ? undefined : { raw, type: t })),
  });
}
