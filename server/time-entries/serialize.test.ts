import { describe, expect, it } from 'vitest';
import { createRandom } from '../demo/random.ts';
import { ByteWriter } from '../http/byte-writer.ts';
import { entryJson, pageBytes, writeEntry } from './serialize.ts';
import { toRow, type EntryTuple } from './columns.ts';

const rng = createRandom(11);
const maybe = <T>(value: T): T | null => (rng.chance(0.3) ? null : value);
const someMs = () => Math.floor((rng.next() - 0.2) * 4e12);
const someInt = () => Math.floor(rng.next() * 10 ** Math.floor(rng.next() * 16));

function randomTuple(): EntryTuple {
  return [
    someInt(),
    someInt(),
    someInt(),
    maybe(someInt()),
    rng.chance(0.5) ? 'activity' : 'break',
    maybe(someMs()),
    maybe(someInt()),
    maybe(someInt()),
    someMs(),
    someMs(),
    maybe(someMs()),
    maybe(someMs()),
  ];
}

/** What JSON.stringify makes of the same entry: the reference the hand-written bytes must match. */
function reference(t: EntryTuple, task?: unknown) {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    id: t[0],
    workspace_id: t[1],
    toggl_user_id: t[2],
    task_id: t[3],
    type: t[4],
    start: iso(t[5]),
    duration: t[6],
    time_block_id: t[7],
    created_at: iso(t[8]),
    updated_at: iso(t[9]),
    archived_at: iso(t[10]),
    deleted_at: iso(t[11]),
    ...(task === undefined ? {} : { task }),
  };
}

describe('entry serialisation', () => {
  it('writes exactly what JSON.stringify would, for numbers of every length, nulls and any date', () => {
    const out = new ByteWriter(256);
    const edge: EntryTuple = [0, 9, 10, 99, 'activity', 0, 0, 100, -1, 86_400_000, 1, 253402300799999];
    for (const t of [edge, ...Array.from({ length: 3000 }, randomTuple)]) {
      out.clear();
      writeEntry(out, t);
      expect(out.takeString().text).toBe(JSON.stringify(reference(t)));
    }
  });

  it('splices in the embedded task, or null when the entry has none', () => {
    const task = { id: 3, name: 'Café ☕ review', status: { emoji: '👀' } };
    const tasks = new Map([[3, Buffer.from(JSON.stringify(task))]]);
    const withTask = randomTuple();
    withTask[3] = 3;
    const without = randomTuple();
    without[3] = null;
    const body = pageBytes([withTask, without], 2, 50, tasks);
    expect(JSON.parse(body.toString())).toEqual({
      data: [reference(withTask, task), reference(without, null)],
      page: 2,
      per_page: 50,
    });
  });

  it('gives single entries the same shape', () => {
    const t = randomTuple();
    const row = toRow(t);
    expect(entryJson(row).text).toBe(JSON.stringify(reference(t)));
  });
});
