import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../../contract/index.ts';
import { planStops } from './plan-stops.ts';

const NOW = Date.parse('2026-08-20T15:00:00Z');
let nextId = 100;
const entry = (start: string, duration: number | null, user = 4): TimeEntry => ({
  id: nextId++,
  workspace_id: 1,
  toggl_user_id: user,
  task_id: 11,
  type: 'activity',
  start,
  duration,
  created_at: start,
});
const options = { now: NOW, timeZone: 'Europe/Berlin' };

// Forgotten on Tuesday 18 August at 16:00 Berlin; that day the person logged 30 min, 1 h and 2 h.
const running = entry('2026-08-18T14:00:00Z', null);
const day = [
  entry('2026-08-18T07:00:00Z', 1800),
  entry('2026-08-18T08:00:00Z', 3600),
  entry('2026-08-18T10:00:00Z', 7200),
  // The evening before and someone else that day do not count.
  entry('2026-08-17T21:30:00Z', 6 * 3600),
  entry('2026-08-18T09:00:00Z', 5 * 3600, 5),
];

describe('planStops', () => {
  it("stops at the start plus the person's median entry length that day", () => {
    const [p] = planStops([running], [running, ...day], { kind: 'typical' }, options);
    expect(p?.patch).toEqual({ id: running.id, duration: 3600 });
    expect(p?.warnings).toEqual(['is running: setting a duration stops it']);
  });

  it('takes the middle of an even count, and the range when the day has nothing else', () => {
    const even = [...day, entry('2026-08-18T12:00:00Z', 2400)];
    expect(planStops([running], even, { kind: 'typical' }, options)[0]?.patch?.duration).toBe(3000);
    const alone = entry('2026-08-19T20:30:00Z', null);
    const [p] = planStops([alone], [alone, ...day], { kind: 'typical' }, options);
    // Over the range: 30 min, 1 h, 2 h and 6 h of this person.
    expect(p?.patch?.duration).toBe(5400);
    expect(p?.warnings[0]).toMatch(/typical length over the range/);
  });

  it('asks for a typed time when the person has no finished entry at all', () => {
    const [p] = planStops([running], [running], { kind: 'typical' }, options);
    expect(p?.patch).toBeNull();
    expect(p?.problems[0]).toMatch(/type a time/);
  });

  it('stops at a wall-clock time on the day it started, also on a daylight-saving day', () => {
    expect(planStops([running], [], { kind: 'clock', minutes: 18 * 60 }, options)[0]?.patch?.duration).toBe(
      7200,
    );
    // Berlin springs forward at 02:00 on 29 March: 01:00 → 04:00 local is two real hours.
    const night = entry('2026-03-29T00:00:00Z', null);
    expect(planStops([night], [], { kind: 'clock', minutes: 4 * 60 }, options)[0]?.patch?.duration).toBe(
      7200,
    );
    const [early] = planStops([running], [], { kind: 'clock', minutes: 15 * 60 }, options);
    expect(early?.patch).toBeNull();
    expect(early?.problems).toEqual(['15:00 is not after it started']);
  });

  it('stops at one typed instant, refusing one before the start and warning about one after now', () => {
    const at = (iso: string) =>
      planStops([running], [], { kind: 'instant', ms: Date.parse(iso) }, options)[0];
    expect(at('2026-08-18T15:30:00Z')?.patch).toEqual({ id: running.id, duration: 5400 });
    expect(at('2026-08-18T14:00:00Z')?.problems).toEqual(['the stop time is not after it started']);
    expect(at('2026-08-20T16:00:00Z')?.warnings).toContain('would end in the future');
  });

  it('leaves out entries that are not running', () => {
    const [p] = planStops([day[0] as TimeEntry], day, { kind: 'typical' }, options);
    expect(p?.problems).toEqual(['is not running']);
  });
});
