/** JSON Lines: one compact JSON object per record, one record a line. */
import { fieldsOf, pickObject } from './cells.js';
import type { RecordWriter, Sink, WriterOptions } from './types.js';

export function jsonlWriter(sink: Sink, options: WriterOptions = {}): RecordWriter {
  const fields = fieldsOf(options.fields);
  return {
    write: (record) => sink.write(`${JSON.stringify(pickObject(record, fields))}\n`),
    end: () => true,
  };
}
