/**
 * Swagger 2.0 schemas as JSON Schema for Ajv. Swagger's schema objects are a subset of draft 4 that
 * draft 7 reads the same way (no boolean `exclusiveMinimum` in the Focus document); what differs is
 * handled here:
 * - the document declares no nullability, while real answers carry `null` (a running entry's
 *   `duration`, `archived_at`, a task without status): every property value also accepts `null`.
 *   The objects themselves, array items and whole bodies do not, so a `null` page still fails;
 * - vendor extensions (`x-nullable`, `x-enum-varnames`) and `example` are annotations, dropped.
 */
export type Schema = { [key: string]: unknown };

/** The `$id` of the one schema that holds the document's definitions. */
export const DOCUMENT_ID = 'focus-openapi';

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema, or `null`. A plain typed schema gets `null` added to its type (and enum) for clearer errors. */
export function orNull(schema: Schema): Schema {
  const plain = typeof schema.type === 'string' && !('$ref' in schema) && !('allOf' in schema);
  if (!plain) return { anyOf: [schema, { type: 'null' }] };
  const out: Schema = { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.enum)) out.enum = [...(schema.enum as unknown[]), null];
  return out;
}

/** One schema converted; `$ref`s keep pointing at `#/definitions/…` of the document. */
export function convertSchema(schema: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || key === 'example') continue;
    if (key === 'properties' && isSchema(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, orNull(convertSchema(s as Schema))]),
      );
    } else if (key === 'additionalProperties' && isSchema(value)) {
      out.additionalProperties = orNull(convertSchema(value));
    } else if (key === 'items' && isSchema(value)) {
      out.items = convertSchema(value);
    } else if (key === 'allOf' && Array.isArray(value)) {
      out.allOf = value.map((s) => convertSchema(s as Schema));
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Each converted definition's name, so a violation can say which object of the document it is about. */
export const definitionNames = new WeakMap<object, string>();

export function convertDefinitions(definitions: Record<string, Schema>): Record<string, Schema> {
  return Object.fromEntries(
    Object.entries(definitions).map(([name, s]) => {
      const converted = convertSchema(s);
      definitionNames.set(converted, name);
      return [name, converted];
    }),
  );
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** The formats the document uses, checked as the wire format needs them (RFC 3339 for date-times). */
export const FORMATS: Record<string, RegExp> = {
  'date-time': DATE_TIME,
  date: DATE,
  'full-date': DATE,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  email: /^[^\s@]+@[^\s@]+$/,
};
