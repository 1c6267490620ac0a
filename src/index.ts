/**
 * extract-figures as a library:
 *
 *   import { extractFigures } from 'extract-figures';
 *   const records = extractFigures('截至6月末，贷款余额1335亿元。', { file: 'a.txt' });
 */
export { extractFigures } from './pipeline.js';
export { FIELDS, KINDS } from './types.js';
export type { Approx, Change, ExtractOptions, FieldName, FigureRecord, Kind, RefDate } from './types.js';
