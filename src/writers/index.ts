/** The output formats: pick a writer, or a layout, by name. */
import { csvLayout, csvWriter } from './csv.js';
import { jsonLayout, jsonWriter } from './json.js';
import { jsonlLayout, jsonlWriter } from './jsonl.js';
import { tableLayout, tableWriter } from './table.js';
import { recordWriter } from './text.js';
import { tsvLayout, tsvWriter } from './tsv.js';
import type { Format, Layout, RecordWriter, Sink, WriterOptions } from './types.js';

export { FORMATS } from './types.js';
export type { Format, Layout, RecordText, RecordWriter, Sink, WriterOptions } from './types.js';
export { csvWriter, jsonWriter, jsonlWriter, tableWriter, tsvWriter };
export { guard } from './cells.js';
export { TABLE_FIELDS } from './table.js';
export { formatAll, TextWriter } from './text.js';

const LAYOUTS: Readonly<Record<Format, (options?: WriterOptions) => Layout>> = {
  csv: csvLayout,
  tsv: tsvLayout,
  json: jsonLayout,
  jsonl: jsonlLayout,
  table: tableLayout,
};

export const createLayout = (format: Format, options: WriterOptions = {}): Layout => LAYOUTS[format](options);

export const createWriter = (format: Format, sink: Sink, options: WriterOptions = {}): RecordWriter =>
  recordWriter(sink, createLayout(format, options));
