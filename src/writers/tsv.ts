/**
 * TSV: a header row, one line per record, cells separated by tabs. A tab or
 * line break inside a cell becomes a space (TSV has no quoting). Text cells
 * are guarded against formulas as in CSV.
 */
import { delimitedRow, fieldsOf } from './cells.js';
import { recordWriter } from './text.js';
import type { Layout, RecordWriter, Sink, WriterOptions } from './types.js';

const flatten = (cell: string): string => cell.replace(/\r\n|[\t\n\r]/g, ' ');

export function tsvLayout(options: WriterOptions = {}): Layout {
  const fields = fieldsOf(options.fields);
  const row = delimitedRow(fields, flatten, '\t', '\n');
  return {
    head: `${options.bom ? '\uFEFF' : ''}${fields.map(flatten).join('\t')}\n`,
    between: '',
    before: '',
    end: () => '',
    records: () => row,
  };
}

export const tsvWriter = (sink: Sink, options: WriterOptions = {}): RecordWriter => recordWriter(sink, tsvLayout(options));
