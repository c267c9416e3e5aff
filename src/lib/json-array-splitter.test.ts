import { describe, expect, it } from 'vitest';
import { JsonArrayError, JsonArraySplitter } from './json-array-splitter.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Feeds `text` in pieces of the given sizes (repeating the last); returns each push's elements. */
function feed(text: string, sizes: number[]): unknown[][] {
  const bytes = encoder.encode(text);
  const splitter = new JsonArraySplitter();
  const batches: unknown[][] = [];
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = sizes[Math.min(k, sizes.length - 1)] as number;
    const part = splitter.push(bytes.subarray(at, at + size));
    at += size;
    if (part) batches.push(JSON.parse(`[${decoder.decode(part)}]`) as unknown[]);
  }
  splitter.end();
  return batches;
}

const SAMPLE = [
  { id: 1, name: 'plain', tags: [{ id: 2, name: 'a,b' }], nested: { deep: [[1, 2], { x: '}' }] } },
  { id: 2, name: 'quotes \\" and \\\\ and ] and [', emoji: 'Zeiterfassung ⏱️ café 👩🏽‍💻' },
  { id: 3, name: '', empty: {}, none: [], n: null, t: true, f: false, num: -1.5e3 },
  'a string element',
  42,
  null,
  [1, [2, [3]]],
];
const TEXT = JSON.stringify(SAMPLE, null, 1);

describe('JsonArraySplitter', () => {
  it('gives back every element, whatever the pieces the bytes arrive in', () => {
    for (const size of [1, 2, 3, 5, 7, 16, 64, 1000]) {
      expect(feed(TEXT, [size]).flat(), `pieces of ${size}`).toEqual(SAMPLE);
    }
    const compact = JSON.stringify(SAMPLE);
    for (let cut = 1; cut < encoder.encode(compact).length; cut++) {
      expect(feed(compact, [cut, 1_000_000]).flat(), `cut at ${cut}`).toEqual(SAMPLE);
    }
  });

  it('hands over elements as soon as they are complete', () => {
    const splitter = new JsonArraySplitter();
    const push = (s: string) => {
      const part = splitter.push(encoder.encode(s));
      return part && decoder.decode(part);
    };
    expect(push('[{"id":1')).toBeNull();
    expect(push('},{"id"')).toBe('{"id":1}');
    expect(push(':2},{"id":3}')).toBe('{"id":2}');
    expect(push(']')).toBe('{"id":3}');
    expect(splitter.done).toBe(true);
  });

  it('reads empty arrays and surrounding whitespace', () => {
    expect(feed('[]', [1]).flat()).toEqual([]);
    expect(feed(' \n[ \t ]\r\n ', [2]).flat()).toEqual([]);
    expect(feed('\n [ 1 , 2 ]\n', [1]).flat()).toEqual([1, 2]);
  });

  it('refuses what is not one complete array, saying where', () => {
    const cases: [string, RegExp][] = [
      ['{"id":1}', /expected an array at byte 0/],
      ['[1,]', /comma before the closing bracket at byte 3/],
      ['[,1]', /empty element at byte 1/],
      ['[1,,2]', /empty element at byte 3/],
      ['[1] x', /text after the array at byte 4/],
      ['[1][2]', /text after the array/],
      ['[1,2', /ended early/],
      ['', /ended early/],
      ['[{"a":1}}]', /unbalanced/],
    ];
    for (const [text, message] of cases) {
      for (const size of [1, 100]) {
        expect(() => feed(text, [size]), `${text} in pieces of ${size}`).toThrow(message);
      }
    }
    expect(() => feed('[1,', [1])).toThrow(JsonArrayError);
  });

  it('leaves malformed elements to JSON.parse', () => {
    expect(() => feed('[{"a" 1}]', [100])).toThrow(SyntaxError);
  });

  it("notes where a key's object value lies in each element", () => {
    const elements = [
      { id: 1, task: { id: 7, name: 'a "task":{ in a string', tags: [{ id: 1 }] }, after: 1 },
      { id: 2, task: null, note: '"task":{"id":1}' },
      { id: 3, nested: { task: { id: 9 } } },
      { id: 4, task: { id: 8, name: 'café ⏱️', deep: { task: { id: 1 } } } },
    ];
    const bytes = encoder.encode(JSON.stringify(elements));
    for (const size of [1, 5, 13, 64, bytes.length]) {
      const splitter = new JsonArraySplitter({ cutKey: 'task' });
      const found = new Map<number, unknown>();
      let before = 0;
      for (let at = 0; at < bytes.length; at += size) {
        const part = splitter.push(bytes.subarray(at, at + size));
        if (!part) continue;
        const cuts = splitter.cuts;
        for (let k = 0; k < cuts.length; k += 3) {
          const text = decoder.decode(part.subarray(cuts[k + 1], cuts[k + 2]));
          found.set(before + (cuts[k] as number), JSON.parse(text));
        }
        before += (JSON.parse(`[${decoder.decode(part)}]`) as unknown[]).length;
      }
      splitter.end();
      // A key split between two pieces may go unnoticed; whatever is found is right.
      for (const [i, task] of found) expect(task, `pieces of ${size}`).toEqual(elements[i]?.task);
      expect([...found.keys()].every((i) => i === 0 || i === 3)).toBe(true);
      if (size >= 64) expect([...found.keys()].sort()).toEqual([0, 3]);
    }
  });
});
