/**
 * TSV: a header row, one line per record, cells separated by tabs. A tab or
 * line break inside a cell becomes a space (TSV has no quoting). Text cells
 * are guarded against formulas as in CSV.
 */
import type { FigureRecord } from '../types.js';
import { type Cell, cellText, fieldsOf } from './cells.js';
import { recordWriter } from './text.js';
import type { Layout, RecordWriter, Sink, WriterOptions } from './types.js';

const flatten = (cell: string): string => cell.replace(/\r\n|[\t\n\r]/g, ' ');

// Numbers and empty cells have nothing to flatten.
const cell = (value: Cell): string => (typeof value === 'string' ? flatten(cellText(value)) : cellText(value));

export function tsvLayout(options: WriterOptions = {}): Layout {
  const fields = fieldsOf(options.fields);
  const row = (record: FigureRecord): string => `${fields.map((f) => cell(record[f])).join('\t')}\n`;
  return {
    head: `${options.bom ? '\uFEFF' : ''}${fields.map(flatten).join('\t')}\n`,
    between: '',
    before: '',
    end: () => '',
    records: () => row,
  };
}

export const tsvWriter = (sink: Sink, options: WriterOptions = {}): RecordWriter => recordWriter(sink, tsvLayout(options));
