/** JSON Lines: one compact JSON object per record, one record a line. */
import type { FigureRecord } from '../types.js';
import { fieldsOf, objectPicker } from './cells.js';
import { recordWriter } from './text.js';
import type { Layout, RecordWriter, Sink, WriterOptions } from './types.js';

export function jsonlLayout(options: WriterOptions = {}): Layout {
  const pick = objectPicker(fieldsOf(options.fields));
  const line = (record: FigureRecord): string => `${JSON.stringify(pick(record))}\n`;
  return {
    head: '',
    between: '',
    before: '',
    end: () => '',
    records: () => line,
  };
}

export const jsonlWriter = (sink: Sink, options: WriterOptions = {}): RecordWriter => recordWriter(sink, jsonlLayout(options));
