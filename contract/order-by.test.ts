import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ORDER_BY_FIELDS,
  ORDER_BY_KEYS,
  describeIssues,
  isOrderByKey,
  parseOrderByKey,
  taskEntriesQuery,
  type OrderByField,
  type OrderByKey,
} from './index.ts';

describe('order_by keys', () => {
  it('are known to the type system: an unknown key does not compile', () => {
    // @ts-expect-error `duration` is not an order_by field
    const unknown: OrderByKey = 'duration';
    // @ts-expect-error a descending key needs a field after the dash
    const bare: OrderByKey = '-';
    expectTypeOf<(typeof ORDER_BY_KEYS)[number]>().toEqualTypeOf<OrderByKey>();
    expect([unknown, bare].some(isOrderByKey)).toBe(false);
  });

  it('are every field, ascending and descending', () => {
    expect(new Set(ORDER_BY_KEYS)).toEqual(new Set(ORDER_BY_FIELDS.flatMap((f) => [f, `-${f}`])));
    for (const key of ORDER_BY_KEYS) {
      const { field, descending } = parseOrderByKey(key);
      expect(ORDER_BY_FIELDS).toContain(field);
      expect(descending).toBe(key.startsWith('-'));
    }
    expectTypeOf(parseOrderByKey('-start').field).toEqualTypeOf<OrderByField>();
  });

  it('are what the query schema accepts, and nothing else', () => {
    expect(taskEntriesQuery.parse({ order_by: ORDER_BY_FIELDS.join(',') }).order_by).toEqual(ORDER_BY_FIELDS);
    const result = taskEntriesQuery.safeParse({ order_by: '-start,duration' });
    expect(result.success).toBe(false);
    expect(result.error && describeIssues(result.error)).toMatch(
      /^order_by: "duration" is not one of start, -start/,
    );
  });
});
