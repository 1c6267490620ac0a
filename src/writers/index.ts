/** The output formats: pick a writer by name. */
import { csvWriter } from './csv.js';
import { jsonWriter } from './json.js';
import { jsonlWriter } from './jsonl.js';
import { tableWriter } from './table.js';
import { tsvWriter } from './tsv.js';
import type { Format, RecordWriter, Sink, WriterOptions } from './types.js';

export { FORMATS } from './types.js';
export type { Format, RecordWriter, Sink, WriterOptions } from './types.js';
export { csvWriter, jsonWriter, jsonlWriter, tableWriter, tsvWriter };
export { guard } from './cells.js';
export { TABLE_FIELDS } from './table.js';

const WRITERS: Readonly<Record<Format, (sink: Sink, options?: WriterOptions) => RecordWriter>> = {
  csv: csvWriter,
  tsv: tsvWriter,
  json: jsonWriter,
  jsonl: jsonlWriter,
  table: tableWriter,
};

export const createWriter = (format: Format, sink: Sink, options: WriterOptions = {}): RecordWriter =>
  WRITERS[format](sink, options);
