/**
 * JSON: one array, written as records arrive: `[`, then the records separated
 * by `,\n`, then `]`. Pretty (2-space indented objects) unless `compact`
 * (one object a line). `[]` when there is no record. Values are as they are.
 */
import type { FigureRecord } from '../types.js';
import { fieldsOf, objectPicker } from './cells.js';
import { recordWriter } from './text.js';
import type { Layout, RecordWriter, Sink, WriterOptions } from './types.js';

// Only \n: JSON.stringify leaves U+2028 and U+2029 raw inside strings, and /^/m would indent after them too.
const indent = (s: string): string => `  ${s.replaceAll('\n', '\n  ')}`;

export function jsonLayout(options: WriterOptions = {}): Layout {
  const pick = objectPicker(fieldsOf(options.fields));
  const item = options.compact
    ? (record: FigureRecord) => `,\n${JSON.stringify(pick(record))}`
    : (record: FigureRecord) => `,\n${indent(JSON.stringify(pick(record), null, 2))}`;
  return {
    head: '',
    between: ',\n',
    before: '[\n',
    end: (any) => (any ? '\n]\n' : '[]\n'),
    records: () => item,
  };
}

export const jsonWriter = (sink: Sink, options: WriterOptions = {}): RecordWriter => recordWriter(sink, jsonLayout(options));
