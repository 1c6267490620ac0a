/** The pure parts of `check`: reading a baseline, matching by meaning, the report. */
import { formatBaseline, parseBaseline } from '../src/check/baseline.js';
import { compare, compareFile, fileKey } from '../src/check/match.js';
import { annotations, showValue, summarize, summaryLine } from '../src/check/report.js';
import { FigureError } from '../src/errors.js';
import type { FigureRecord } from '../src/types.js';
import { record } from './helpers/records.js';

/** The figures of one sentence, in order, with made-up positions. */
function sentence(index: number, text: string, figures: readonly [string, number][], line = index + 1): FigureRecord[] {
  let from = 0;
  return figures.map(([figure, value]) => {
    const at = text.indexOf(figure, from);
    from = at + figure.length;
    return record({ text: figure, value, sentence: text, sentence_index: index, line, column: at + 1, offset: at, label: '' });
  });
}

const texts = (figures: readonly { text: string }[]): string[] => figures.map((f) => f.text);

describe('matching', () => {
  test('occurrence among equals: a repeated sentence, one of them gone', () => {
    const old = [...sentence(0, '利润增长5亿元。', [['5亿元', 5e8]]), ...sentence(1, '利润增长5亿元。', [['5亿元', 5e8]])];
    const now = sentence(0, '利润增长5亿元。', [['5亿元', 5e8]]);
    const d = compareFile('a.txt', old, now);
    expect([d.changed, d.added, texts(d.removed), d.removed[0]!.line]).toEqual([[], [], ['5亿元'], 2]);
  });

  test('two numbers of one sentence changed: both changed, in place', () => {
    const old = sentence(0, '收入10亿元，利润2亿元。', [['10亿元', 1e9], ['2亿元', 2e8]]);
    const now = sentence(0, '收入11亿元，利润3亿元。', [['11亿元', 1.1e9], ['3亿元', 3e8]]);
    const d = compareFile('a.txt', old, now);
    expect(d.changed.map((c) => `${c.old.text}→${c.new.text} ${c.fields.join()}`)).toEqual(['10亿元→11亿元 value', '2亿元→3亿元 value']);
    expect([d.added, d.removed]).toEqual([[], []]);
  });

  test('a figure added inside a sentence: the others stay matched', () => {
    const old = sentence(0, '收入10亿元，利润2亿元。', [['10亿元', 1e9], ['2亿元', 2e8]]);
    const now = sentence(0, '收入10亿元，税收7亿元，利润2亿元。', [['10亿元', 1e9], ['7亿元', 7e8], ['2亿元', 2e8]]);
    const d = compareFile('a.txt', old, now);
    expect([d.changed, texts(d.added), d.removed]).toEqual([[], ['7亿元'], []]);
  });

  test('blanks do not count; a figure whose value stayed under another text is no difference', () => {
    const old = sentence(0, '收入 10亿元。', [['10亿元', 1e9]]);
    const now = sentence(3, '收入\u3000十亿元。', [['十亿元', 1e9]], 9);
    expect(compareFile('a.txt', old, now)).toEqual({ file: 'a.txt', changed: [], added: [], removed: [], moved: [] });
  });

  test('only the fields the baseline has are compared', () => {
    const old = [{ file: 'a.txt', text: '5%', value: 5 }];
    const now = [record({ text: '5%', value: 5, kind: 'percent', unit: '%', change: 'down', sentence: '下降5%。' })];
    expect(compare(old, now, ['a.txt']).files).toEqual([]);
  });

  test('the same file however its path is written', () => {
    expect(fileKey('./docs//a.txt')).toBe('docs/a.txt');
    expect(fileKey('docs\\a.txt')).toBe('docs/a.txt');
    const old = sentence(0, '利润增长5亿元。', [['5亿元', 5e8]]).map((f) => ({ ...f, file: './docs/a.txt' }));
    const now = sentence(0, '利润增长5亿元。', [['5亿元', 5e8]]).map((f) => ({ ...f, file: 'docs/a.txt' }));
    expect(compare(old, now, ['docs/a.txt'])).toEqual({ files: [], fileCount: 1 });
  });

  test('files: in the order read, then the baseline\'s own; skipped files are not compared', () => {
    const a = sentence(0, '利润增长5亿元。', [['5亿元', 5e8]]);
    const old = [...a.map((f) => ({ ...f, file: 'gone.txt' })), ...a.map((f) => ({ ...f, file: 'broken.txt' }))];
    const now = a.map((f) => ({ ...f, file: 'new.txt' }));
    const c = compare(old, now, ['empty.txt', 'new.txt', 'broken.txt'], { skip: new Set(['broken.txt']) });
    expect(c.fileCount).toBe(3);
    expect(c.files.map((d) => `${d.file} +${d.added.length} -${d.removed.length}`)).toEqual(['new.txt +1 -0', 'gone.txt +0 -1']);
  });

  test('--strict-positions: moved figures, only then', () => {
    const old = sentence(0, '利润增长5亿元。', [['5亿元', 5e8]]);
    const now = sentence(2, '利润增长5亿元。', [['5亿元', 5e8]], 7);
    expect(compareFile('a.txt', old, now).moved).toEqual([]);
    const moved = compareFile('a.txt', old, now, { strictPositions: true }).moved;
    expect(moved.map((m) => [m.old.line, m.new.line])).toEqual([[1, 7]]);
  });
});

describe('baseline', () => {
  test('the object form round-trips, with its options', () => {
    const figures = [record()];
    const text = formatBaseline(figures, { kinds: ['money'], refDate: '2025-09-30', paths: ['docs/'] }, '9.9.9');
    expect(text.startsWith('{\n  "extract-figures": 1,\n  "version": "9.9.9",\n')).toBe(true);
    expect(parseBaseline(text, 'b.json')).toEqual({
      figures,
      options: { kinds: ['money'], refDate: '2025-09-30', paths: ['docs/'] },
      version: '9.9.9',
    });
  });

  test('a plain array (with a byte-order mark) records no options; unknown keys are dropped', () => {
    const b = parseBaseline('\uFEFF[{"file":"a.txt","text":"5%","value":5,"note":"x"}]', 'b.json');
    expect(b).toEqual({ figures: [{ file: 'a.txt', text: '5%', value: 5 }] });
  });

  test.each([
    ['{"extract-figures": 2, "figures": []}', 'baseline layout 2 is not known (this version reads 1)'],
    ['{"extract-figures": 1}', 'baseline has no "figures" list'],
    ['{"extract-figures": 1, "options": {"kind": ["cash"]}, "figures": []}', '"options"."kind" should be null or a list of kinds'],
    ['{"extract-figures": 1, "options": {"ref_date": "today"}, "figures": []}', '"options"."ref_date" should be null or YYYY-MM-DD'],
    ['[1]', 'figure 1 is not an object'],
    ['[{"file":"a","text":"5%","value":5,"kind":"cash"}]', 'figure 1: "kind" should be one of money, percent, percentage_point, multiple, date, duration, count, quantity, ordinal, number'],
    ['[{"file":"a","text":"5%","value":null}]', 'figure 1: "value" should be a number or a string'],
    // The wording is V8's; the place is ours.
    ['{\n  "a": 1,\n  "b" 2\n}', /^baseline is not valid JSON: [^\n]+ at line 3, column 7$/],
  ] as [string, string | RegExp][])('%j: E_BASELINE', (text, message) => {
    const e = (() => {
      try {
        return parseBaseline(text, 'b.json');
      } catch (x) {
        return x;
      }
    })() as FigureError;
    expect(e).toBeInstanceOf(FigureError);
    expect([e.code, e.path]).toEqual(['E_BASELINE', 'b.json']);
    if (typeof message === 'string') expect(e.message).toBe(message);
    else expect(e.message).toMatch(message);
  });
});

describe('report', () => {
  test('the summary line', () => {
    const one = { changed: 3, added: 1, removed: 0, moved: 2, files_differing: 1, files: 1 };
    expect(summaryLine(one)).toBe('3 changed, 1 added, 0 removed in 1 of 1 file');
    expect(summaryLine({ ...one, files_differing: 2, files: 14 }, { strictPositions: true })).toBe('3 changed, 1 added, 0 removed, 2 moved in 2 of 14 files');
  });

  test('values: ranges, and a date without its unit', () => {
    expect(showValue(record({ value: 150, value_max: 200, unit: 'm3' }))).toBe('150–200 m3');
    expect(showValue(record({ value: '2025-01/2025-08', unit: 'date' }))).toBe('2025-01/2025-08');
    expect(showValue({ file: 'a', text: '5', value: 5 })).toBe('5');
  });

  test('annotations: properties escaped; standard input has no file', () => {
    const old = [record({ file: 'a,b:c.txt', text: '5%', value: 5, unit: '%', kind: 'percent', label: '', sentence: '增长5%。\n' })];
    const c = compare(old, [], ['a,b:c.txt']);
    expect(summarize(c).removed).toBe(1);
    expect(annotations(c)).toBe(
      '::error file=a%2Cb%3Ac.txt,line=2,col=5,title=extract-figures%3A figure removed::removed 5%25: percent  5 %25%0A增长5%25。%0A\n',
    );
    const stdin = compare(old.map((f) => ({ ...f, file: '-' })), [], ['-']);
    expect(annotations(stdin)).toMatch(/^::error title=extract-figures%3A figure removed::removed 5%25/);
  });
});
