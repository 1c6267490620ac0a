/**
 * JSON: one array, written as records arrive: `[`, then the records separated
 * by `,\n`, then `]`. Pretty (2-space indented objects) unless `compact`
 * (one object a line). `[]` when there is no record. Values are as they are.
 */
import { fieldsOf, pickObject } from './cells.js';
import type { RecordWriter, Sink, WriterOptions } from './types.js';

// Only \n: JSON.stringify leaves U+2028 and U+2029 raw inside strings, and /^/m would indent after them too.
const indent = (s: string): string => `  ${s.replace(/\n/g, '\n  ')}`;

export function jsonWriter(sink: Sink, options: WriterOptions = {}): RecordWriter {
  const fields = fieldsOf(options.fields);
  const format = options.compact
    ? (o: object) => JSON.stringify(o)
    : (o: object) => indent(JSON.stringify(o, null, 2));
  let count = 0;
  return {
    write(record) {
      const head = count++ === 0 ? '[\n' : ',\n';
      return sink.write(head + format(pickObject(record, fields)));
    },
    end: () => sink.write(count === 0 ? '[]\n' : '\n]\n'),
  };
}
