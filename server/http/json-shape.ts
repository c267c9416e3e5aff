/** Deepest nesting of arrays and objects a request body may have; the API's own bodies need two. */
export const MAX_JSON_DEPTH = 32;
/**
 * Most values (counted by their separating commas) a body may hold. A full bulk request has about 6,000;
 * parsing millions of tiny ones (5 MB of `1,1,1,…`) would hold the event loop for hundreds of milliseconds.
 */
export const MAX_JSON_VALUES = 50_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;

export type JsonShapeProblem = 'too-deep' | 'too-many-values';

/**
 * Follows the nesting depth and the number of values of JSON text fed to it chunk by chunk, in one pass
 * over the bytes, so a body is refused at the first bracket or comma too many. What is inside strings does
 * not count; it does not check that the text is valid JSON (JSON.parse does that afterwards).
 */
export class JsonShapeGauge {
  private depth = 0;
  private commas = 0;
  private inString = false;
  private escaped = false;

  constructor(
    private readonly maxDepth = MAX_JSON_DEPTH,
    private readonly maxValues = MAX_JSON_VALUES,
  ) {}

  /** What is wrong once the text has passed a limit, else undefined. */
  feed(chunk: Uint8Array): JsonShapeProblem | undefined {
    let { depth, commas, inString, escaped } = this;
    const max = this.maxDepth;
    const maxCommas = this.maxValues - 1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) inString = false;
      } else if (b === QUOTE) {
        inString = true;
      } else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
        if (++depth > max) return 'too-deep';
      } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
        depth--;
      } else if (b === COMMA) {
        if (++commas > maxCommas) return 'too-many-values';
      }
    }
    this.depth = depth;
    this.commas = commas;
    this.inString = inString;
    this.escaped = escaped;
    return undefined;
  }
}
