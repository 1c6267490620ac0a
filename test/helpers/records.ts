/** Records made by hand, for the writers. */
import type { FigureRecord } from '../../src/types.js';

/** A hand-made record: every field set, overridable. */
export function record(over: Partial<FigureRecord> = {}): FigureRecord {
  return {
    file: 'a.txt',
    line: 2,
    column: 5,
    end_line: 2,
    end_column: 11,
    offset: 14,
    length: 7,
    text: '1335亿元',
    kind: 'money',
    value: 133500000000,
    value_max: null,
    unit: 'CNY',
    number: 1335,
    multiplier: 100000000,
    unit_text: '元',
    approx: '',
    change: '',
    label: '贷款余额',
    period: 'XXXX-06',
    sentence_index: 1,
    sentence: '截至6月末，贷款余额1335亿元。',
    ...over,
  };
}
