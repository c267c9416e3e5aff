/**
 * Cuts one top-level JSON array, arriving as UTF-8 bytes in pieces of any size, into its complete
 * elements as they arrive, without parsing them: each `push` returns the bytes of the elements finished
 * so far (`a,b,c`, ready to be wrapped in brackets and handed to JSON.parse in one call), or null.
 *
 * It only tracks nesting and strings, so the scan is one pass over the bytes; JSON.parse later checks the
 * elements themselves. Multi-byte UTF-8 sequences never contain an ASCII byte, so scanning bytes rather
 * than characters is safe, and a character split across two pieces stays whole in the carried tail.
 *
 * Given a key, it also notes where that key's object value lies in each element (`cuts`), so a caller
 * can treat that part apart, say parse a value that repeats across elements once rather than each time.
 * Given also the values seen before (`known`), a value whose bytes are one of them is stepped over
 * whole rather than scanned, and its cut says which one it is (`cutValues`).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Whether `chunk` holds `bytes` from `at` on (false when it ends before they all could). */
function startsWith(chunk: Uint8Array, at: number, bytes: Uint8Array): boolean {
  if (at + bytes.length > chunk.length) return false;
  for (let j = 1; j < bytes.length; j++) if (chunk[at + j] !== bytes[j]) return false;
  return true;
}

/** Values of the cut key seen before, by their exact bytes. */
export interface KnownValues {
  /** Which known value's bytes `chunk` holds from `at` on (all of them), or -1. */
  match(chunk: Uint8Array, at: number): number;
  /** The length in bytes of known value `index`. */
  byteLength(index: number): number;
}

export class JsonArrayError extends Error {
  override name = 'JsonArrayError';
}

export class JsonArraySplitter {
  /** Before the opening bracket, inside the array, or after its closing bracket. */
  private where: 'before' | 'inside' | 'after' = 'before';
  /** Nesting below the top-level array: 0 between elements. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** A top-level comma has been seen, so an empty element before `]` is a trailing comma. */
  private sawComma = false;
  /** Pieces of the element not yet complete, carried to the next push. */
  private tail: Uint8Array[] = [];
  private tailBytes = 0;
  /** Bytes consumed before the current chunk (for error messages and cut positions). */
  private offset = 0;
  /** `"key":{` as bytes, when cuts are wanted. */
  private readonly cutKey: Uint8Array | null;
  /** The index of the element being scanned, counted from the array's first. */
  private element = 0;
  /** Elements handed over so far. */
  private handedOver = 0;
  /** Where the current cut began (absolute byte offset of its `{`), or -1 outside one. */
  private cutFrom = -1;
  /** Cuts not yet handed over: element, start, end (absolute offsets), three numbers each. */
  private pendingCuts: number[] = [];
  /** For each pending cut, the known value it is, or -1. */
  private pendingValues: number[] = [];
  private readonly known: KnownValues | null;
  /**
   * For the part the last `push` returned: where the cut key's object value lies in its elements, as
   * triples of element (0 for the part's first), start and end (byte offsets in the part). An element
   * whose key was not found (say the key's bytes arrived split between two pieces) has no triple.
   */
  cuts: number[] = [];
  /** For each cut of `cuts`, the index of the known value it is (see KnownValues), or -1. */
  cutValues: number[] = [];

  constructor(options: { cutKey?: string; known?: KnownValues } = {}) {
    this.cutKey = options.cutKey ? new TextEncoder().encode(`"${options.cutKey}":{`) : null;
    this.known = options.known ?? null;
  }

  /** Whether the closing bracket has been seen. */
  get done(): boolean {
    return this.where === 'after';
  }

  push(chunk: Uint8Array): Uint8Array | null {
    this.cuts = [];
    this.cutValues = [];
    try {
      return this.scan(chunk);
    } finally {
      this.offset += chunk.length;
    }
  }

  /** Call once the input has ended: throws unless the array was complete. */
  end(): void {
    if (this.where !== 'after') throw this.fail(0, 'the array ended early');
  }

  private scan(chunk: Uint8Array): Uint8Array | null {
    const length = chunk.length;
    let i = 0;
    if (this.where === 'before') {
      while (i < length && isSpace(chunk[i] as number)) i++;
      if (i === length) return null;
      if (chunk[i] !== OPEN_ARRAY) throw this.fail(i, 'expected an array');
      this.where = 'inside';
      i++;
    }
    if (this.where === 'after') {
      this.expectSpace(chunk, i);
      return null;
    }

    // Elements begin at `from` (after '[' or a comma); `cut` ends the last one completed in this chunk.
    const from = i;
    let start = i;
    let cut = -1;
    let completed = this.handedOver;
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    const key = this.cutKey;
    scan: for (; i < length; i++) {
      let b = chunk[i] as number;
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        // Most bytes are inside strings: run to the next quote or backslash in a tight loop.
        while (b !== QUOTE && b !== BACKSLASH) {
          if (++i === length) break scan;
          b = chunk[i] as number;
        }
        if (b === BACKSLASH) escaped = true;
        else inString = false;
        continue;
      }
      if (b === QUOTE) {
        inString = true;
        if (key !== null && depth === 1 && this.cutFrom < 0 && startsWith(chunk, i, key)) {
          const open = i + key.length - 1;
          const value = this.known ? this.known.match(chunk, open) : -1;
          if (value >= 0) {
            // A value seen before: a whole, balanced object, so the scan goes on after its last byte.
            const end = open + this.known!.byteLength(value);
            this.pendingCuts.push(this.element, this.offset + open, this.offset + end);
            this.pendingValues.push(value);
            inString = false;
            i = end - 1;
            continue;
          }
          this.cutFrom = this.offset + open;
        }
      } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
      else if (depth > 0 && (b === CLOSE_OBJECT || b === CLOSE_ARRAY)) {
        depth--;
        if (depth === 1 && this.cutFrom >= 0) {
          this.pendingCuts.push(this.element, this.cutFrom, this.offset + i + 1);
          this.pendingValues.push(-1);
          this.cutFrom = -1;
        }
      } else if (depth === 0 && b === COMMA) {
        if (this.isBlank(chunk, start, i, start === from)) throw this.fail(i, 'an empty element');
        this.sawComma = true;
        cut = i;
        start = i + 1;
        completed = ++this.element;
      } else if (depth === 0 && b === CLOSE_ARRAY) {
        if (!this.isBlank(chunk, start, i, start === from)) {
          cut = i;
          completed = ++this.element;
        } else if (this.sawComma) throw this.fail(i, 'a comma before the closing bracket');
        this.where = 'after';
        this.expectSpace(chunk, i + 1);
        break;
      } else if (b === CLOSE_OBJECT) throw this.fail(i, 'unbalanced brackets');
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;

    const done = this.where === 'after';
    if (cut === -1) {
      if (done) this.dropTail();
      else this.keep(chunk.subarray(from));
      return null;
    }
    const partStart = this.offset + from - this.tailBytes;
    this.takeCuts(partStart, completed);
    const out = this.joinTail(chunk.subarray(from, cut));
    this.dropTail();
    if (!done && start < length) this.keep(chunk.subarray(start));
    return out;
  }

  /** Moves the cuts of elements before `completed` to `cuts`, relative to the part starting at `partStart`. */
  private takeCuts(partStart: number, completed: number) {
    const pending = this.pendingCuts;
    const first = this.handedOver;
    const cuts: number[] = [];
    let k = 0;
    for (; k < pending.length && (pending[k] as number) < completed; k += 3) {
      cuts.push(
        (pending[k] as number) - first,
        (pending[k + 1] as number) - partStart,
        (pending[k + 2] as number) - partStart,
      );
    }
    this.pendingCuts = k === 0 ? pending : pending.slice(k);
    this.cutValues = this.pendingValues.slice(0, k / 3);
    this.pendingValues = k === 0 ? this.pendingValues : this.pendingValues.slice(k / 3);
    this.cuts = cuts;
    this.handedOver = completed;
  }

  /** Only whitespace from `start` to `end` (and in the carried tail, when the element began before). */
  private isBlank(chunk: Uint8Array, start: number, end: number, withTail: boolean): boolean {
    if (withTail) for (const part of this.tail) for (const b of part) if (!isSpace(b)) return false;
    for (let j = start; j < end; j++) if (!isSpace(chunk[j] as number)) return false;
    return true;
  }

  private expectSpace(chunk: Uint8Array, from: number) {
    for (let j = from; j < chunk.length; j++) {
      if (!isSpace(chunk[j] as number)) throw this.fail(j, 'text after the array');
    }
  }

  private keep(part: Uint8Array) {
    if (part.length === 0) return;
    // A copy: the caller may reuse the chunk's buffer.
    this.tail.push(part.slice());
    this.tailBytes += part.length;
  }

  private dropTail() {
    this.tail = [];
    this.tailBytes = 0;
  }

  private joinTail(last: Uint8Array): Uint8Array {
    if (this.tailBytes === 0) return last;
    const out = new Uint8Array(this.tailBytes + last.length);
    let at = 0;
    for (const part of this.tail) {
      out.set(part, at);
      at += part.length;
    }
    out.set(last, at);
    return out;
  }

  private fail(at: number, what: string): JsonArrayError {
    return new JsonArrayError(`Not a JSON array: ${what} at byte ${this.offset + at}.`);
  }
}
