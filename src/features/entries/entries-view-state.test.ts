import { describe, expect, it } from 'vitest';
import { ORDER_BY_FIELDS } from '../../../contract/index.ts';
import { toWorkspaceQuery, viewRange, viewStateFields } from './entries-view-state.ts';
import { parseSearch, toSearch } from '../../lib/search-params.ts';

const NOW = new Date(2026, 10, 28, 9, 30); // Saturday 28 Nov 2026, local time
const parse = (view: 'active' | 'archived', search = '') =>
  parseSearch(viewStateFields(view), new URLSearchParams(search));

describe('table view state', () => {
  it('the entries view opens on this week', () => {
    const { from, to } = viewRange(parse('active'), NOW);
    expect([from, to]).toEqual([new Date(2026, 10, 23), new Date(2026, 10, 29, 23, 59, 59, 999)]);
  });

  it('asks for entries without a task too, unless a task or status filter rules them out', () => {
    expect(toWorkspaceQuery(parse('active'), false, NOW)).toMatchObject({ include_taskless: true });
    expect(toWorkspaceQuery(parse('active', 'task=3'), false, NOW)).not.toHaveProperty('include_taskless');
    expect(toWorkspaceQuery(parse('active', 'status=2'), false, NOW)).not.toHaveProperty('include_taskless');
  });

  it('the archived view opens on the last 90 days, and keeps that out of the URL', () => {
    const state = parse('archived');
    expect(state.range).toBe('last-90-days');
    const { from, to } = viewRange(state, NOW);
    expect([from, to]).toEqual([new Date(2026, 7, 31), new Date(2026, 10, 28, 23, 59, 59, 999)]);
    expect(toSearch(viewStateFields('archived'), state)).toBe('');
    expect(toWorkspaceQuery(state, true, NOW)).toMatchObject({
      archived: true,
      date_from: new Date(2026, 7, 31).toISOString(),
    });
  });

  it('a range in the link wins over either default, and explicit days over a preset', () => {
    expect(parse('archived', 'range=this-week').range).toBe('this-week');
    expect(toSearch(viewStateFields('archived'), parse('archived', 'range=this-week'))).toBe(
      '?range=this-week',
    );
    const days = viewRange(parse('archived', 'from=2026-10-01&to=2026-10-02'), NOW);
    expect([days.from, days.to]).toEqual([new Date(2026, 9, 1), new Date(2026, 9, 2, 23, 59, 59, 999)]);
    expect(parse('archived', 'range=yesterday-ish').range).toBe('last-90-days');
    expect(parse('active', 'range=last-90-days').range).toBe('last-90-days');
  });

  it('sorts by every order_by key of the contract, and by -start for a key it does not know', () => {
    for (const key of ORDER_BY_FIELDS.flatMap((f) => [f, `-${f}`])) {
      expect(parse('active', `sort=${key}`).sort).toBe(key);
    }
    expect(parse('active', 'sort=duration').sort).toBe('-start');
  });
});

describe('a hand-edited link', () => {
  it('keeps each field that reads and falls back for each that does not', () => {
    const state = parse(
      'active',
      'task=3&status=0&block=2.5&person=x&type=break&page=2&per_page=100&mode=all',
    );
    expect(state).toMatchObject({ task: 3, type: 'break', page: 2, per_page: 100, mode: 'all' });
    expect([state.status, state.block, state.person]).toEqual([undefined, undefined, undefined]);
    const bad = parse('active', 'type=pause&page=0&per_page=101&mode=some&from=2026-1-2&to=2026-01-02');
    expect(bad).toMatchObject({ type: undefined, page: 1, per_page: 50, mode: 'paged', from: undefined });
    expect(bad.to).toBe('2026-01-02');
  });

  it('writes back only what differs from the defaults', () => {
    expect(
      toSearch(viewStateFields('active'), parse('active', 'page=1&per_page=50&sort=-start&task=7')),
    ).toBe('?task=7');
  });
});
