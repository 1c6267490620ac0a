/**
 * For people at a terminal, one record in two lines:
 *
 *   fixtures/economy.txt:3:5  money  865230000000 CNY
 *     全市地区生产总值达到【8652.3亿元】，同比增长5.8%……
 *
 * With colour the figure is highlighted with chalk instead of the 【】.
 * `fields` picks what the first line shows (adjacent file, line and column
 * join as `file:line:column`; value, value_max and unit as `150–200 m3`;
 * empty cells and a date's unit `date` are left out);
 * the sentence line is there when `sentence` is one of the fields.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { FieldName, FigureRecord } from '../types.js';
import { recordWriter } from './text.js';
import type { Layout, RecordText, RecordWriter, Sink, WriterOptions } from './types.js';

export const TABLE_FIELDS: readonly FieldName[] = ['file', 'line', 'column', 'kind', 'value', 'value_max', 'unit', 'sentence'];

/** Pieces of the first line, with the separator that goes before each. */
interface Piece {
  readonly sep: string;
  readonly text: string;
}

/** The separator between two adjacent fields on the first line. */
function separator(prev: FieldName | undefined, field: FieldName): string {
  if (prev === undefined) return '';
  if ((prev === 'file' && field === 'line') || (prev === 'line' && field === 'column')) return ':';
  if (prev === 'value' && field === 'value_max') return '–';
  if ((prev === 'value' || prev === 'value_max') && field === 'unit') return ' ';
  return '  ';
}

const show = (cell: FigureRecord[FieldName]): string => (cell === null ? '' : String(cell));

/** Where `text` is in `sentence`, searching from `from` first. */
function locate(sentence: string, text: string, from: number): number {
  if (text === '') return -1;
  const at = sentence.indexOf(text, from);
  return at >= 0 ? at : sentence.indexOf(text);
}

export function tableLayout(options: WriterOptions = {}): Layout {
  const fields = options.fields ?? TABLE_FIELDS;
  const withSentence = fields.includes('sentence');
  const level = options.colorLevel ?? 0;
  const c: ChalkInstance = new Chalk({ level });
  const style: Partial<Record<FieldName, (s: string) => string>> = {
    file: c.magenta,
    line: c.green,
    column: c.green,
    kind: c.cyan,
    value: c.bold,
    value_max: c.bold,
  };
  const mark = level > 0 ? (s: string) => c.bold.red(s) : (s: string) => `【${s}】`;

  function firstLine(record: FigureRecord): string {
    const pieces: Piece[] = [];
    let prev: FieldName | undefined;
    for (const field of fields) {
      if (field === 'sentence') continue;
      // A date's unit is always `date`: the value says it already.
      const text = field === 'unit' && record.kind === 'date' ? '' : show(record[field]);
      // An empty cell leaves no gap (and no separator before the next cell).
      if (text !== '') pieces.push({ sep: separator(prev, field), text: (style[field] ?? String)(text) });
      if (text !== '' || field !== 'value_max') prev = field;
    }
    return pieces.map((p, i) => (i === 0 ? p.text : p.sep + p.text)).join('');
  }

  /** The records of one input: the figures of one sentence come in order, so each is searched for after the previous one. */
  function records(): RecordText {
    let sentenceKey = '';
    let cursor = 0;

    function sentenceLine(record: FigureRecord): string {
      const key = `${record.file}\u0000${record.sentence_index}`;
      if (key !== sentenceKey) [sentenceKey, cursor] = [key, 0];
      const at = locate(record.sentence, record.text, cursor);
      if (at < 0) return record.sentence;
      cursor = at + record.text.length;
      const s = record.sentence;
      return s.slice(0, at) + mark(record.text) + s.slice(cursor);
    }

    return (record) => (withSentence ? `\n${firstLine(record)}\n  ${sentenceLine(record)}\n` : `\n${firstLine(record)}\n`);
  }

  return { head: '', between: '\n', before: '', end: () => '', records };
}

export const tableWriter = (sink: Sink, options: WriterOptions = {}): RecordWriter => recordWriter(sink, tableLayout(options));
