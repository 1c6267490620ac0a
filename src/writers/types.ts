/** What every writer takes and gives. */
import type { FieldName, FigureRecord } from '../types.js';

export const FORMATS = ['csv', 'tsv', 'json', 'jsonl', 'table'] as const;
export type Format = (typeof FORMATS)[number];

/** The part of a writable stream a writer needs (process.stdout, a file stream, …). */
export interface Sink {
  /** Returns false when the caller should wait for `drain`, as `stream.write` does. */
  write(chunk: string): boolean;
}

export interface WriterOptions {
  /** Columns (or object keys) in output order. Default: all of FIELDS. */
  readonly fields?: readonly FieldName[];
  /** CSV and TSV: start with U+FEFF, for spreadsheet programs. */
  readonly bom?: boolean;
  /** JSON: one record per line instead of 2-space indented objects. */
  readonly compact?: boolean;
  /** Table: chalk colour level, 0 for none (then figures are wrapped in 【】). */
  readonly colorLevel?: 0 | 1 | 2 | 3;
}

/**
 * A format, fed one record at a time. `write` returns what the sink returned
 * (false: wait for `drain`); `end` writes what closes the format (JSON's `]`)
 * and leaves the sink open.
 */
export interface RecordWriter {
  write(record: FigureRecord): boolean;
  end(): boolean;
}

/** The text of one record in a format. */
export type RecordText = (record: FigureRecord) => string;

/**
 * A format as text, in parts that can be made apart: the records of an input
 * can be turned into text anywhere (in a worker thread, say) because the text
 * of a record does not depend on the records of other inputs. Only what goes
 * before the very first record (`before` instead of `between`) and `end` need
 * to know about the whole output: see TextWriter.
 */
export interface Layout {
  /** What opens the output: CSV's and TSV's header row (after the BOM, if asked for). */
  readonly head: string;
  /** What goes before every record but the first (JSON: `,\n`; table: a blank line). ASCII. */
  readonly between: string;
  /** What goes before the first record instead (JSON: `[\n`). */
  readonly before: string;
  /** What closes the output, after some records or none. */
  end(any: boolean): string;
  /**
   * A formatter for the records of one input, given in order (the table
   * keeps its place in a sentence from one record to the next): the text of
   * a record, starting with `between`.
   */
  records(): RecordText;
}
