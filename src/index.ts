/**
 * extract-figures as a library:
 *
 *   import { extractFigures } from 'extract-figures';
 *   const records = extractFigures('截至6月末，贷款余额1335亿元。', { file: 'a.txt' });
 */
export { extractFigures } from './pipeline.js';
export { FIELDS, KINDS } from './types.js';
export type { Approx, Change, ExtractOptions, FieldName, FigureRecord, Kind, RefDate } from './types.js';

// Around the recognizer: decoding bytes, writing records, the error type.
export { decode, decodeBytes, ENCODINGS } from './decode.js';
export type { Decoded, Encoding } from './decode.js';
export { ERROR_CODES, FigureError } from './errors.js';
export type { ErrorCode } from './errors.js';
export { createWriter, FORMATS } from './writers/index.js';
export type { Format, RecordWriter, Sink, WriterOptions } from './writers/index.js';
