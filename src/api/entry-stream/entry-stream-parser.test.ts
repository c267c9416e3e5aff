import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { authorizationHeader } from '../credentials.ts';
import { basicOf, startTestServer, type TestServer } from '../../testing/test-server.ts';
import { EntryBatchReader, EntryStreamParser, StreamFormatError } from './entry-stream-parser.ts';

let server: TestServer;
let body: Uint8Array;

beforeAll(async () => {
  server = await startTestServer();
  const query = new URLSearchParams({ date_from: '2000-01-01T00:00:00Z', date_to: '2100-01-01T00:00:00Z' });
  const res = await fetch(`${server.apiUrl}/organizations/1/workspaces/1/time-entries/stream?${query}`, {
    headers: { Authorization: authorizationHeader(basicOf('lead')) },
  });
  body = new Uint8Array(await res.arrayBuffer());
});
afterAll(() => server.close());

const encode = (text: string) => new TextEncoder().encode(text);

/** Parses `bytes` in pieces of pseudo-random sizes, moving every batch through a structured clone. */
function parseInPieces(bytes: Uint8Array, seed: number): TimeEntryWithTask[] {
  const parser = new EntryStreamParser();
  const reader = new EntryBatchReader();
  const rows: TimeEntryWithTask[] = [];
  let state = seed;
  for (let at = 0; at < bytes.length;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const size = 1 + (state % 20_000);
    parser.push(bytes.subarray(at, at + size));
    at += size;
    if (parser.pending > 0) rows.push(...reader.unpack(structuredClone(parser.take())));
  }
  parser.end();
  rows.push(...reader.unpack(structuredClone(parser.take())));
  return rows;
}

describe('EntryStreamParser', () => {
  it('gives back the rows JSON.parse reads from the whole body, however the bytes arrive', () => {
    const expected = JSON.parse(new TextDecoder().decode(body)) as TimeEntryWithTask[];
    expect(expected.length).toBeGreaterThan(2500);
    for (const seed of [1, 2, 3]) expect(parseInPieces(body, seed)).toEqual(expected);
  });

  it('keeps one object per distinct task across batches', () => {
    const rows = parseInPieces(body, 7);
    const withTask = rows.filter((r) => r.task);
    const objects = new Set(withTask.map((r) => r.task));
    const ids = new Set(withTask.map((r) => r.task?.id));
    expect(withTask.length).toBeGreaterThan(2000);
    expect(objects.size).toBe(ids.size);
  });

  it('keeps two versions of a task apart', () => {
    const parser = new EntryStreamParser();
    const row = (id: number, name: string) =>
      `{"id":${id},"workspace_id":1,"toggl_user_id":1,"type":"activity","created_at":"2026-01-01T00:00:00Z","task":{"id":9,"name":"${name}"}}`;
    parser.push(encode(`[${row(1, 'Old')},${row(2, 'New')},${row(3, 'Old')}]`));
    parser.end();
    const rows = new EntryBatchReader().unpack(parser.take());
    expect(rows.map((r) => r.task?.name)).toEqual(['Old', 'New', 'Old']);
    expect(rows[0]?.task).toBe(rows[2]?.task);
  });

  it('tells a task seen in an earlier piece from one that differs in a single byte', () => {
    const parser = new EntryStreamParser();
    const row = (id: number, name: string, color = '#111111') =>
      `{"id":${id},"workspace_id":1,"toggl_user_id":1,"type":"activity","created_at":"2026-01-01T00:00:00Z","task":{"id":9,"name":"${name}","color":"${color}"}}`;
    // One row a piece: from the second piece on, each task text is compared with those seen before.
    const pieces = [
      `[${row(1, 'Old')}`,
      `,${row(2, 'Old')}`,
      `,${row(3, 'New')}`,
      `,${row(4, 'Old', '#111112')}`,
      `,${row(5, 'Old')}`,
      `,${row(6, 'New')}]`,
    ];
    const reader = new EntryBatchReader();
    const rows: TimeEntryWithTask[] = [];
    for (const piece of pieces) {
      parser.push(encode(piece));
      rows.push(...reader.unpack(structuredClone(parser.take())));
    }
    parser.end();
    expect(rows.map((r) => `${r.task?.name} ${r.task?.color}`)).toEqual([
      'Old #111111',
      'Old #111111',
      'New #111111',
      'Old #111112',
      'Old #111111',
      'New #111111',
    ]);
    expect(rows[1]?.task).toBe(rows[0]?.task);
    expect(rows[4]?.task).toBe(rows[0]?.task);
    expect(rows[5]?.task).toBe(rows[2]?.task);
    expect(rows[3]?.task).not.toBe(rows[0]?.task);
  });

  it('names the row and field of a row that breaks the contract', () => {
    const good = '{"id":1,"workspace_id":1,"toggl_user_id":1,"type":"activity","created_at":"x"}';
    const cases: [string, RegExp][] = [
      [
        `[${good},{"id":5,"workspace_id":1,"toggl_user_id":1,"type":"nap","created_at":"x"}]`,
        /row 1 \(id 5\): type/,
      ],
      [
        `[${good},${good.replace('"x"', '"x","duration":"1h"')}]`,
        /row 1 \(id 1\): duration: expected an integer/,
      ],
      [`[${good.replace('}', ',"task":{"id":3,"name":7}}')}]`, /row 0: task\.name: expected a string/],
      [`[${good},42]`, /row 1: row: expected an object/],
      [`[${good},{"id":}]`, /not JSON/],
    ];
    for (const [text, message] of cases) {
      const parser = new EntryStreamParser();
      expect(() => {
        parser.push(encode(text));
        parser.end();
      }, text).toThrow(message);
    }
  });

  it('refuses a body that ends early or is no array', () => {
    const cut = new EntryStreamParser();
    cut.push(body.subarray(0, Math.floor(body.length / 2)));
    expect(() => cut.end()).toThrow(StreamFormatError);
    expect(() => cut.end()).toThrow(/ended early/);
    expect(() => new EntryStreamParser().push(encode('{"error":"nope"}'))).toThrow(/expected an array/);
  });
});
