import { describe, expect, it } from 'vitest';
import { Router } from './router.ts';

describe('Router', () => {
  const router = new Router<string>()
    .add('GET', '/w/{id}/items', 'list')
    .add('POST', '/w/{id}/items', 'create')
    .add('GET', '/w/{id}/items/{item}', 'get')
    .add('DELETE', '/w/{id}/items/bulk', 'bulk-delete');

  it('matches methods and patterns and decodes parameters', () => {
    expect(router.match('GET', '/w/7/items')).toEqual({
      kind: 'found',
      handler: 'list',
      params: { id: '7' },
    });
    expect(router.match('GET', '/w/a%20b/items/9')).toEqual({
      kind: 'found',
      handler: 'get',
      params: { id: 'a b', item: '9' },
    });
  });

  it('prefers literal segments over parameters', () => {
    expect(router.match('DELETE', '/w/1/items/bulk')).toMatchObject({
      kind: 'found',
      handler: 'bulk-delete',
    });
    expect(router.match('GET', '/w/1/items/bulk')).toMatchObject({ kind: 'found', handler: 'get' });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(router.match('PUT', '/w/1/items')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'POST'] });
    expect(router.match('GET', '/w/1/nothing')).toEqual({ kind: 'not-found' });
    expect(router.match('GET', '/w/%E0%A4%A/items')).toMatchObject({
      kind: 'found',
      params: { id: '%E0%A4%A' },
    });
  });
});
