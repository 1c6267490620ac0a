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
