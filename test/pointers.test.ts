/**
 * Every record's pointer names the true place in the file: for every record
 * of every fixture (and of the seed pages when ../shared is there), the
 * decoded file's code points at `offset`, `length` long, with layout line
 * breaks removed, are `text`; `line`/`column` and `end_line`/`end_column`
 * name its first and last character; its sentence holds it.
 */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../src/decode.js';
import { extractFigures } from '../src/pipeline.js';
import { PAGE_FILES } from './helpers/pages.js';

const files = PAGE_FILES;

/** 1-based line and column of a code-point offset; CRLF is one break. */
function position(cps: string[], offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (cps[i] === '\n' || (cps[i] === '\r' && cps[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const unbreak = (s: string) => s.replace(/[ \t\u3000]*(?:\r\n|\r|\n)\s*/g, '');

describe.each(files)('%s', (file) => {
  const { text } = decodeBytes(readFileSync(file), 'auto', file);
  const cps = Array.from(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const records = extractFigures(text, { file });

  test('has figures, in order of offset, sentences counted up from 0', () => {
    expect(records.length).toBeGreaterThan(5);
    const offsets = records.map((r) => r.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(records[0]!.sentence_index).toBeGreaterThanOrEqual(0);
    records.forEach((r, i) => i && expect(r.sentence_index).toBeGreaterThanOrEqual(records[i - 1]!.sentence_index));
  });

  test('text is found at offset, and line/column name its first and last character', () => {
    for (const r of records) {
      const slice = cps.slice(r.offset, r.offset + r.length).join('');
      expect({ text: unbreak(slice), at: r.offset }).toEqual({ text: r.text, at: r.offset });
      expect(position(cps, r.offset)).toEqual({ line: r.line, column: r.column });
      expect(position(cps, r.offset + r.length - 1)).toEqual({ line: r.end_line, column: r.end_column });
      expect(r.sentence).toContain(r.text);
    }
  });
});

test('a figure broken across lines keeps the line where it starts', () => {
  const text = '标题一行\n\n全区生产总值首次突破2万亿\n\n元大关，比上年增长5.1%。\n';
  const [money, pct] = extractFigures(text);
  expect(money).toMatchObject({ text: '2万亿元', line: 3, column: 11, end_line: 5, end_column: 1, offset: 16, length: 6 });
  expect(money!.sentence).toBe('全区生产总值首次突破2万亿元大关，比上年增长5.1%。');
  expect(pct).toMatchObject({ text: '5.1%', line: 5, sentence_index: 1 });
});

test('a BOM is not counted and CRLF is one line break', () => {
  const [r] = extractFigures('\ufeff标题。\r\n投资12亿元。');
  expect(r).toMatchObject({ text: '12亿元', offset: 7, line: 2, column: 3 });
});

test('offsets and columns count code points, not UTF-16 units', () => {
  const [r] = extractFigures('𠀀𠀁项目投资5亿元。');
  expect(r).toMatchObject({ text: '5亿元', offset: 6, column: 7, length: 3 });
});
