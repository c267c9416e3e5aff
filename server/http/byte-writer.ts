/**
 * Builds a JSON body from ASCII text and pre-encoded UTF-8 pieces straight into buffers. Concatenating
 * one big string and encoding it at the end costs about twice as much for a page of entries, and a
 * stream would do it for 70 MB.
 */
export class ByteWriter {
  private readonly chunkSize: number;
  private readonly full: Buffer[] = [];
  private fullBytes = 0;
  private buf: Buffer;
  private offset = 0;

  constructor(chunkSize = 64 * 1024) {
    this.chunkSize = chunkSize;
    this.buf = Buffer.allocUnsafe(chunkSize);
  }

  /** Text that is ASCII by construction (numbers, ISO dates, field names): copied byte for byte. */
  ascii(text: string): this {
    this.room(text.length);
    this.offset += this.buf.write(text, this.offset, 'latin1');
    return this;
  }

  /**
   * A short constant (a field name, `null`): copied in a loop, which beats a native call at this size.
   * Build it with `asciiBytes`.
   */
  constant(data: Uint8Array): this {
    this.room(data.length);
    const buf = this.buf;
    let at = this.offset;
    for (let i = 0; i < data.length; i++) buf[at++] = data[i] as number;
    this.offset = at;
    return this;
  }

  /** Short ASCII text (up to a few dozen characters), copied character by character. */
  shortAscii(text: string): this {
    this.room(text.length);
    const buf = this.buf;
    let at = this.offset;
    for (let i = 0; i < text.length; i++) buf[at++] = text.charCodeAt(i);
    this.offset = at;
    return this;
  }

  /** One byte, e.g. 58 for `:`. */
  byte(b: number): this {
    this.room(1);
    this.buf[this.offset++] = b;
    return this;
  }

  /** An integer's decimal digits, written straight into the buffer without making a string. */
  int(n: number): this {
    if (!Number.isSafeInteger(n)) return this.ascii(String(n));
    this.room(17);
    const buf = this.buf;
    let value = n;
    if (value < 0) {
      buf[this.offset++] = 45; // -
      value = -value;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let at = this.offset + digits;
    this.offset = at;
    do {
      const next = Math.floor(value / 10);
      buf[--at] = 48 + value - next * 10;
      value = next;
    } while (value > 0);
    return this;
  }

  /** `n` as exactly two (or, with width 3, three) digits. */
  padded(n: number, width: 2 | 3): this {
    this.room(3);
    const buf = this.buf;
    if (width === 3) buf[this.offset++] = 48 + Math.floor(n / 100);
    buf[this.offset++] = 48 + (Math.floor(n / 10) % 10);
    buf[this.offset++] = 48 + (n % 10);
    return this;
  }

  bytes(data: Uint8Array): this {
    this.room(data.length);
    this.buf.set(data, this.offset);
    this.offset += data.length;
    return this;
  }

  /** Bytes written since the last `take`. */
  get length(): number {
    return this.fullBytes + this.offset;
  }

  /** Hands over everything written so far; the buffers are not touched again. */
  take(): Buffer[] {
    const out = [...this.full];
    if (this.offset > 0) out.push(this.buf.subarray(0, this.offset));
    this.full.length = 0;
    this.fullBytes = 0;
    this.buf = Buffer.allocUnsafe(this.chunkSize);
    this.offset = 0;
    return out;
  }

  /**
   * Everything written so far as a ByteString, and the writer keeps its buffer for the next body. The
   * string lives on the JavaScript heap and dies young; a Buffer per response would be memory outside it,
   * and at thousands of large pages a second that pushes V8 into a full collection every second or so,
   * each one a pause every request in flight waits through.
   */
  takeString(): ByteString {
    let text = '';
    for (const part of this.full) text += part.toString('latin1');
    text += this.buf.toString('latin1', 0, this.offset);
    this.clear();
    return new ByteString(text);
  }

  /** Forgets what was written (say, a body abandoned by an exception) and keeps the buffer. */
  clear(): void {
    this.full.length = 0;
    this.fullBytes = 0;
    this.offset = 0;
  }

  private room(needed: number): void {
    if (this.offset + needed <= this.buf.length) return;
    if (this.offset > 0) {
      this.full.push(this.buf.subarray(0, this.offset));
      this.fullBytes += this.offset;
    }
    this.buf = Buffer.allocUnsafe(Math.max(this.chunkSize, needed));
    this.offset = 0;
  }
}

/** ASCII text as bytes, for `ByteWriter.constant`. */
export const asciiBytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');

/**
 * Bytes carried in a string, one character per byte (latin1 maps 0–255 to itself, so UTF-8 inside comes
 * out unchanged). Sent with the latin1 encoding, it puts exactly these bytes on the wire.
 */
export class ByteString {
  constructor(readonly text: string) {}

  get byteLength(): number {
    return this.text.length;
  }

  toString(): string {
    return Buffer.from(this.text, 'latin1').toString('utf8');
  }
}
