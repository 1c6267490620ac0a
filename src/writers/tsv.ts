/**
 * TSV: a header row, one line per record, cells separated by tabs. A tab or
 * line break inside a cell becomes a space (TSV has no quoting). Text cells
 * are guarded against formulas as in CSV.
 */
import { cellText, fieldsOf, pick } from './cells.js';
import type { RecordWriter, Sink, WriterOptions } from './types.js';

const flatten = (cell: string): string => cell.replace(/\r\n|[\t\n\r]/g, ' ');

const line = (cells: readonly string[]): string => `${cells.map(flatten).join('\t')}\n`;

export function tsvWriter(sink: Sink, options: WriterOptions = {}): RecordWriter {
  const fields = fieldsOf(options.fields);
  sink.write((options.bom ? '\uFEFF' : '') + line(fields));
  return {
    write: (record) => sink.write(line(pick(record, fields).map(cellText))),
    end: () => true,
  };
}
