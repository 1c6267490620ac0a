/**
 * CSV (RFC 4180): a header row of field names, CRLF line ends, fields quoted
 * only when needed, UTF-8 (with a BOM on request). Text cells are guarded
 * against formulas (see cells.ts); numbers are written as numbers.
 */
import type { FigureRecord } from '../types.js';
import { cellText, type Cell, fieldsOf } from './cells.js';
import { recordWriter } from './text.js';
import type { Layout, RecordWriter, Sink, WriterOptions } from './types.js';

/**
 * Quoted when it holds a quote, a comma or a line break (a lone CR or LF
 * too: readers take it for the end of a row). Quotes inside are doubled.
 * The rule of csv-stringify with `record_delimiter: 'windows'` and
 * `quoted_match: /[\r\n]/` (test/writers.test.ts checks it), written here
 * because it is about four times faster on our records (README,
 * "Dependencies and why").
 */
const NEEDS_QUOTES = /[",\r\n]/;
export const quote = (text: string): string => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

const cell = (value: Cell): string => (typeof value === 'string' ? quote(cellText(value)) : cellText(value));

export function csvLayout(options: WriterOptions = {}): Layout {
  const fields = fieldsOf(options.fields);
  const row = (record: FigureRecord): string => `${fields.map((f) => cell(record[f])).join(',')}\r\n`;
  return {
    head: `${options.bom ? '\uFEFF' : ''}${fields.map(quote).join(',')}\r\n`,
    between: '',
    before: '',
    end: () => '',
    records: () => row,
  };
}

export const csvWriter = (sink: Sink, options: WriterOptions = {}): RecordWriter => recordWriter(sink, csvLayout(options));
