import type { EmbeddedTask, TimeEntryWithTask } from '../../../contract/index.ts';
import { JsonArraySplitter } from '../../lib/json-array-splitter.ts';
import { entryProblem, taskProblem } from './entry-row-check.ts';
import { TaskTexts } from './task-texts.ts';

/** The stream's body is not the array of entries the contract promises. */
export class StreamFormatError extends Error {
  override name = 'StreamFormatError';
}

/**
 * Rows as they travel from the worker: each distinct task once. Where `refs[i]` is 0 or more, row i's
 * `task` is null here and is `tasks` of all batches so far, at that index, once unpacked.
 */
export interface EntryBatch {
  rows: TimeEntryWithTask[];
  refs: Int32Array;
  /** Tasks first seen in this batch; their indexes follow those of the batches before. */
  tasks: EmbeddedTask[];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * Parses the whole-range stream (`GET …/time-entries/stream`) as its bytes arrive: complete rows are
 * parsed in one JSON.parse per piece, checked lightly, and their tasks shared. Every row repeats its
 * task, so 200,000 rows carry a few dozen distinct tasks; keeping one object per task saves most of the
 * memory the rows would take and most of the copying between threads.
 */
export class EntryStreamParser {
  private readonly texts = new TaskTexts();
  private readonly splitter = new JsonArraySplitter({ cutKey: 'task', known: this.texts });
  private readonly decoder = new TextDecoder();
  private readonly tasks: EmbeddedTask[] = [];
  private readonly taskIndexes = new Map<number, number[]>();
  /** Each task's text as it came, to its index: most rows' tasks are known by their text alone. */
  private readonly taskTexts = new Map<string, number>();
  private sentTasks = 0;
  private pendingRows: TimeEntryWithTask[] = [];
  private pendingRefs: number[] = [];
  private parsed = 0;

  /** Rows parsed so far. */
  get count(): number {
    return this.parsed;
  }

  /** Rows parsed but not yet taken. */
  get pending(): number {
    return this.pendingRows.length;
  }

  push(bytes: Uint8Array): void {
    const part = this.splitter.push(bytes);
    if (part === null) return;
    const cuts = this.splitter.cuts;
    const first = this.parsed;
    // The tasks are some four fifths of the bytes and repeat: each row is parsed without its task
    // (`"task":null` in its place), and a task's text is parsed only the first time it is seen.
    const values = this.parse(cuts.length > 0 ? withoutCuts(part, cuts) : part);
    // Each row's task: the index of a task text seen before (most rows), or a text to look at.
    const refs = new Map<number, number | Uint8Array>();
    const known = this.splitter.cutValues;
    for (let k = 0; k < cuts.length; k += 3) {
      const value = known[k / 3] as number;
      const index = value >= 0 ? (this.texts.taskOf(value) as number) : undefined;
      refs.set(cuts[k] as number, index ?? part.subarray(cuts[k + 1], cuts[k + 2]));
    }
    for (let i = 0; i < values.length; i++) this.add(values[i], refs.get(i), first + i);
  }

  private parse(bytes: Uint8Array): unknown[] {
    try {
      return JSON.parse(`[${this.decoder.decode(bytes)}]`) as unknown[];
    } catch (error) {
      throw new StreamFormatError(`the body is not JSON (${(error as Error).message})`);
    }
  }

  /** The input has ended: throws unless the array was complete. */
  end(): void {
    try {
      this.splitter.end();
    } catch (error) {
      throw new StreamFormatError((error as Error).message);
    }
  }

  /** Hands over the rows parsed since the last call. */
  take(): EntryBatch {
    const batch: EntryBatch = {
      rows: this.pendingRows,
      refs: Int32Array.from(this.pendingRefs),
      tasks: this.tasks.slice(this.sentTasks),
    };
    this.sentTasks = this.tasks.length;
    this.pendingRows = [];
    this.pendingRefs = [];
    return batch;
  }

  /**
   * A parsed row; `task` is its task when that was cut out before parsing: the index of a task seen
   * before, or the task's bytes.
   */
  private add(value: unknown, task: number | Uint8Array | undefined, index: number): void {
    const problem = entryProblem(value);
    const row = value as TimeEntryWithTask;
    if (problem) throw new StreamFormatError(`row ${index}${idOf(value)}: ${problem}`);
    let ref = -1;
    if (typeof task === 'number') ref = task;
    else if (task !== undefined) ref = this.taskOfBytes(task, index);
    else if (row.task !== null && row.task !== undefined) {
      ref = this.taskIndex(row.task, index);
      row.task = null;
    }
    this.pendingRows.push(row);
    this.pendingRefs.push(ref);
    this.parsed++;
  }

  private taskOfBytes(bytes: Uint8Array, row: number): number {
    const text = this.decoder.decode(bytes);
    const known = this.taskTexts.get(text);
    if (known !== undefined) return known;
    let task: EmbeddedTask;
    try {
      task = JSON.parse(text) as EmbeddedTask;
    } catch (error) {
      throw new StreamFormatError(`the body is not JSON (${(error as Error).message})`);
    }
    const index = this.taskIndex(task, row);
    this.taskTexts.set(text, index);
    this.texts.add(bytes, index);
    return index;
  }

  private taskIndex(task: EmbeddedTask, row: number): number {
    const id = (task as { id?: unknown }).id;
    const known = typeof id === 'number' ? this.taskIndexes.get(id) : undefined;
    if (known) for (const i of known) if (sameValue(this.tasks[i], task)) return i;
    const problem = taskProblem(task);
    if (problem) throw new StreamFormatError(`row ${row}: ${problem}`);
    this.tasks.push(task);
    const index = this.tasks.length - 1;
    if (known) known.push(index);
    else this.taskIndexes.set(task.id, [index]);
    return index;
  }
}

const NULL = new TextEncoder().encode('null');

/** `part` with each cut (element, start, end triples) replaced by `null`. */
function withoutCuts(part: Uint8Array, cuts: number[]): Uint8Array {
  let removed = 0;
  for (let k = 0; k < cuts.length; k += 3) removed += (cuts[k + 2] as number) - (cuts[k + 1] as number);
  const out = new Uint8Array(part.length - removed + NULL.length * (cuts.length / 3));
  let from = 0;
  let at = 0;
  for (let k = 0; k < cuts.length; k += 3) {
    const start = cuts[k + 1] as number;
    out.set(part.subarray(from, start), at);
    at += start - from;
    out.set(NULL, at);
    at += NULL.length;
    from = cuts[k + 2] as number;
  }
  out.set(part.subarray(from), at);
  return out;
}

function idOf(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'number' ? ` (id ${id})` : '';
}

/** The main thread's half: puts each row's task back, one shared object per task. */
export class EntryBatchReader {
  private readonly tasks: EmbeddedTask[] = [];

  unpack(batch: EntryBatch): TimeEntryWithTask[] {
    for (const task of batch.tasks) this.tasks.push(task);
    const { rows, refs } = batch;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as TimeEntryWithTask;
      const ref = refs[i] as number;
      if (ref >= 0) row.task = this.tasks[ref] as EmbeddedTask;
      // A message brings each string as a copy of its own: 200,000 rows kept 200,000 copies of
      // "activity", and as many of an updated_at equal to created_at. One shared string each keeps
      // the heap (and what the collector walks) smaller.
      if (row.type === 'activity') row.type = 'activity';
      if (row.updated_at === row.created_at) row.updated_at = row.created_at;
    }
    return rows;
  }
}
