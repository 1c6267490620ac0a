/**
 * CSV (RFC 4180): a header row of field names, CRLF line ends, fields quoted
 * only when needed, UTF-8 (with a BOM on request). Text cells are guarded
 * against formulas (see cells.ts); numbers are written as numbers.
 */
import { stringify } from 'csv-stringify/sync';
import { cellText, fieldsOf, pick } from './cells.js';
import type { RecordWriter, Sink, WriterOptions } from './types.js';

const CSV_OPTIONS = { record_delimiter: 'windows' } as const;

const row = (cells: readonly string[]): string => stringify([cells], CSV_OPTIONS);

export function csvWriter(sink: Sink, options: WriterOptions = {}): RecordWriter {
  const fields = fieldsOf(options.fields);
  sink.write((options.bom ? '\uFEFF' : '') + row(fields));
  return {
    write: (record) => sink.write(row(pick(record, fields).map(cellText))),
    end: () => true,
  };
}
