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

  toBuffer(): Buffer {
    const parts = this.take();
    return parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts);
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
