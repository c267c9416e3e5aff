import type { KnownValues } from '../../lib/json-array-splitter.ts';

const ID_KEY = new TextEncoder().encode('{"id":');

/**
 * The task texts seen so far, by their bytes: the splitter steps over a row's task whose bytes are one
 * of them instead of scanning it, and no text is decoded or looked up for it. Looked up by the id the
 * text begins with (`{"id":12,…`, as the API writes a task), then compared byte by byte.
 */
export class TaskTexts implements KnownValues {
  private readonly texts: Uint8Array[] = [];
  private readonly tasks: number[] = [];
  private readonly byId = new Map<number, number[]>();

  /** The text `bytes` is task `task` (an index of the parser's tasks). */
  add(bytes: Uint8Array, task: number): void {
    const id = idAt(bytes, 0);
    if (id < 0) return;
    this.texts.push(bytes.slice());
    this.tasks.push(task);
    const list = this.byId.get(id);
    if (list) list.push(this.texts.length - 1);
    else this.byId.set(id, [this.texts.length - 1]);
  }

  taskOf(text: number): number | undefined {
    return this.tasks[text];
  }

  match(chunk: Uint8Array, at: number): number {
    const candidates = this.byId.get(idAt(chunk, at));
    if (!candidates) return -1;
    for (const k of candidates) if (equalAt(chunk, at, this.texts[k] as Uint8Array)) return k;
    return -1;
  }

  byteLength(text: number): number {
    return (this.texts[text] as Uint8Array).length;
  }
}

/** The id a task text at `at` begins with (`{"id":12,`), or -1. */
function idAt(bytes: Uint8Array, at: number): number {
  for (let j = 0; j < ID_KEY.length; j++) if (bytes[at + j] !== ID_KEY[j]) return -1;
  let id = 0;
  let j = at + ID_KEY.length;
  for (; j < bytes.length && j < at + ID_KEY.length + 15; j++) {
    const d = (bytes[j] as number) - 0x30;
    if (d < 0 || d > 9) break;
    id = id * 10 + d;
  }
  return j === at + ID_KEY.length ? -1 : id;
}

/** Whether `chunk` holds all of `text` from `at` on. */
function equalAt(chunk: Uint8Array, at: number, text: Uint8Array): boolean {
  const n = text.length;
  if (at + n > chunk.length) return false;
  for (let j = 0; j < n; j++) if (chunk[at + j] !== text[j]) return false;
  return true;
}
