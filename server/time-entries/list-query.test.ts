import { describe, expect, expectTypeOf, it } from 'vitest';
import { ORDER_BY_KEYS, type OrderByField } from '../../contract/index.ts';
import { ORDER_COLUMNS, buildListQuery } from './list-query.ts';

describe('ORDER BY', () => {
  it('maps every order_by field, so no key can put undefined into SQL', () => {
    expectTypeOf<keyof typeof ORDER_COLUMNS>().toEqualTypeOf<OrderByField>();
    // @ts-expect-error the map must name a column for every field
    const partial: typeof ORDER_COLUMNS = {
      start: 'e.start_ms',
      task_id: 'e.task_id',
      created_at: 'e.created_at',
    };
    // @ts-expect-error and only for fields the contract knows
    const extra: typeof ORDER_COLUMNS = { ...ORDER_COLUMNS, duration: 'e.duration' };
    expect(Object.keys(partial)).not.toEqual(Object.keys(extra));
  });

  it.each(ORDER_BY_KEYS)('orders by %s, then by id the same way', (key) => {
    const { sql } = buildListQuery({ workspaceId: 1, archived: false, orderBy: [key] });
    const order = sql.slice(sql.indexOf('ORDER BY'));
    const direction = key.startsWith('-') ? 'DESC' : 'ASC';
    expect(order).toBe(
      `ORDER BY ${ORDER_COLUMNS[key.replace(/^-/, '') as OrderByField]} ${direction}, e.id ${direction}`,
    );
    expect(sql).not.toContain('undefined');
  });
});
