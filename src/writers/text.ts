/**
 * Writes a format's text to a sink: the head at once, then the text of the
 * records as it comes (each record's text starts with the layout's
 * `between`, which the very first record trades for `before`), then the end.
 * The text may come as bytes: the CLI's worker threads send their text
 * encoded (see src/cli/worker.ts).
 */
import type { FigureRecord } from '../types.js';
import type { Layout, RecordText, RecordWriter, Sink } from './types.js';

export class TextWriter<Chunk extends string | Uint8Array = string> {
  private any = false;

  constructor(
    private readonly sink: { write(chunk: Chunk | string): boolean },
    private readonly layout: Layout,
  ) {
    if (layout.head !== '') sink.write(layout.head);
  }

  /** Writes the text of some records, as `layout.records()` made it; false: wait for `drain`. */
  text(chunk: Chunk): boolean {
    if (chunk.length === 0) return true;
    if (this.any) return this.sink.write(chunk);
    this.any = true;
    const { before, between } = this.layout;
    if (before === '' && between === '') return this.sink.write(chunk);
    if (typeof chunk === 'string') return this.sink.write(before + chunk.slice(between.length));
    // `between` is ASCII: as many bytes as characters.
    if (before !== '') this.sink.write(before);
    return this.sink.write(chunk.subarray(between.length) as Chunk);
  }

  /** Writes what closes the format. */
  end(): boolean {
    const tail = this.layout.end(this.any);
    return tail === '' || this.sink.write(tail);
  }
}

/**
 * The text of `records`, all in one string, handed to `use`. Should a record
 * fail to become text (a bug), the text of those before it is still handed
 * on, then the error goes on: what comes before a bug is written.
 */
export async function formatAll(records: readonly FigureRecord[], text: RecordText, use: (text: string) => void | Promise<void>): Promise<void> {
  const parts: string[] = [];
  try {
    for (const record of records) parts.push(text(record));
  } finally {
    await use(parts.join(''));
  }
}

/** The RecordWriter of a layout. */
export function recordWriter(sink: Sink, layout: Layout): RecordWriter {
  const out = new TextWriter(sink, layout);
  const text = layout.records();
  return {
    write: (record) => out.text(text(record)),
    end: () => out.end(),
  };
}
