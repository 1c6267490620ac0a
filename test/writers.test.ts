import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { FIELDS, type FigureRecord } from '../src/types.js';
import { quote } from '../src/writers/csv.js';
import {
  createLayout,
  createWriter,
  csvWriter,
  type Format,
  formatAll,
  guard,
  jsonlWriter,
  jsonWriter,
  tableWriter,
  TextWriter,
  tsvWriter,
  type WriterOptions,
} from '../src/writers/index.js';
import { record } from './helpers/records.js';

/** Collects what a writer writes. */
function sink(): { write(chunk: string): boolean; text: string } {
  return {
    text: '',
    write(chunk) {
      this.text += chunk;
      return true;
    },
  };
}

/** Everything a format writes for `records`. */
function render(format: Format, records: readonly FigureRecord[], options = {}): string {
  const out = sink();
  const w = createWriter(format, out, options);
  for (const r of records) w.write(r);
  w.end();
  return out.text;
}

const parseCsv = (text: string): string[][] => parse(text, { bom: true }) as string[][];

describe('csv', () => {
  test('header of field names, then one row per record, CRLF line ends', () => {
    const text = render('csv', [record()]);
    expect(text.split('\r\n')[0]).toBe(FIELDS.join(','));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
  });

  test('parses back to the same values (numbers as JS prints them, null empty)', () => {
    const r = record({ value: 4604000000, value_max: 5e21, number: 46.04, multiplier: 1e8, sentence: '含逗号,和"引号"\n及换行' });
    const rows = parseCsv(render('csv', [r]));
    expect(rows[0]).toEqual([...FIELDS]);
    expect(rows[1]).toEqual(FIELDS.map((f) => (r[f] === null ? '' : String(r[f]))));
    expect(rows[1]![FIELDS.indexOf('value_max')]).toBe('5e+21');
    expect(rows[1]![FIELDS.indexOf('sentence')]).toBe('含逗号,和"引号"\n及换行');
  });

  test('only the header when there is no record', () => {
    expect(render('csv', [])).toBe(`${FIELDS.join(',')}\r\n`);
  });

  test('--bom starts with U+FEFF', () => {
    const text = render('csv', [record()], { bom: true });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text)[0]![0]).toBe('file');
  });

  test('fields choose and order the columns', () => {
    const rows = parseCsv(render('csv', [record()], { fields: ['value', 'text', 'file'] }));
    expect(rows).toEqual([
      ['value', 'text', 'file'],
      ['133500000000', '1335亿元', 'a.txt'],
    ]);
  });

  test('formula guard: text cells are made inert, numbers are not', () => {
    const r = record({
      text: '-0.35%',
      value: -3.9,
      number: -3.9,
      label: '=HYPERLINK("http://x")',
      unit_text: '+1',
      period: '@SUM(A1)',
      approx: '\tabout' as FigureRecord['approx'],
      change: '\rup' as FigureRecord['change'],
      sentence: '＝1+1',
    });
    const row = parseCsv(render('csv', [r]))[1]!;
    const cell = (f: (typeof FIELDS)[number]): string => row[FIELDS.indexOf(f)]!;
    expect(cell('text')).toBe("'-0.35%");
    expect(cell('value')).toBe('-3.9');
    expect(cell('number')).toBe('-3.9');
    expect(cell('label')).toBe('\'=HYPERLINK("http://x")');
    expect(cell('unit_text')).toBe("'+1");
    expect(cell('period')).toBe("'@SUM(A1)");
    expect(cell('approx')).toBe("'\tabout");
    expect(cell('change')).toBe("'\rup");
    expect(cell('sentence')).toBe("'＝1+1");
    expect(cell('file')).toBe('a.txt');
  });

  test('standard input is `-` in the file column, unguarded', () => {
    expect(parseCsv(render('csv', [record({ file: '-' })], { fields: ['file'] }))).toEqual([['file'], ['-']]);
  });

  test('any text survives the round trip, guarded', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, sentence) => {
        const out = sink();
        const w = csvWriter(out, { fields: ['text', 'value', 'sentence'] });
        w.write(record({ text, sentence, value: -1.5 }));
        expect(parseCsv(out.text)[1]).toEqual([guard(text), '-1.5', guard(sentence)]);
      }),
    );
  });
});

describe('guard', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+86', "'+86"],
    ['-', '-'],
    ['--', "'--"],
    ['-1', "'-1"],
    ['@a', "'@a"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['－3', "'－3"],
    ['1335亿元', '1335亿元'],
    ['', ''],
    ["'=x", "'=x"],
  ])('%j → %j', (input, output) => {
    expect(guard(input)).toBe(output);
  });
});

describe('tsv', () => {
  test('header and tab-separated rows; tabs and line breaks become spaces', () => {
    const r = record({ sentence: 'a\tb\nc\r\nd', value_max: null });
    const lines = render('tsv', [r], { fields: ['text', 'value', 'value_max', 'sentence'] }).split('\n');
    expect(lines).toEqual(['text\tvalue\tvalue_max\tsentence', '1335亿元\t133500000000\t\ta b c d', '']);
  });

  test('guards text cells like CSV, keeps negative numbers', () => {
    const text = render('tsv', [record({ text: '=cmd', value: -0.35 })], { fields: ['text', 'value'] });
    expect(text).toBe("text\tvalue\n'=cmd\t-0.35\n");
  });

  test('--bom', () => {
    expect(render('tsv', [], { bom: true, fields: ['file'] })).toBe('\uFEFFfile\n');
  });
});

describe('json', () => {
  test('valid when empty', () => {
    const text = render('json', []);
    expect(text).toBe('[]\n');
    expect(JSON.parse(text)).toEqual([]);
  });

  test('an array of the records, values as they are', () => {
    const records = [record(), record({ kind: 'date', value: 'XXXX-08-23/XXXX-08-26', unit: 'date', number: null, multiplier: null })];
    expect(JSON.parse(render('json', records))).toEqual(records);
  });

  test('pretty by default: 2-space indented objects separated by ",\\n"', () => {
    const text = render('json', [record(), record({ value: -3.9 })], { fields: ['text', 'value'] });
    expect(text).toBe(
      '[\n  {\n    "text": "1335亿元",\n    "value": 133500000000\n  },\n  {\n    "text": "1335亿元",\n    "value": -3.9\n  }\n]\n',
    );
  });

  test('compact: one object a line', () => {
    const text = render('json', [record(), record()], { fields: ['value', 'value_max'], compact: true });
    expect(text).toBe('[\n{"value":133500000000,"value_max":null},\n{"value":133500000000,"value_max":null}\n]\n');
  });

  test('written as records arrive', () => {
    const out = sink();
    const w = jsonWriter(out, { fields: ['line'] });
    w.write(record());
    expect(out.text).toBe('[\n  {\n    "line": 2\n  }');
    w.end();
    expect(JSON.parse(out.text)).toEqual([{ line: 2 }]);
  });
});

describe('jsonl', () => {
  test('one object a line, fields in order', () => {
    const out = sink();
    const w = jsonlWriter(out, { fields: ['text', 'file'] });
    w.write(record());
    w.write(record({ text: '=x' }));
    w.end();
    expect(out.text).toBe('{"text":"1335亿元","file":"a.txt"}\n{"text":"=x","file":"a.txt"}\n');
  });

  test('nothing at all when there is no record', () => {
    expect(render('jsonl', [])).toBe('');
  });
});

describe('table', () => {
  test('without colour: location, kind, value and unit, then the sentence with the figure in 【】', () => {
    expect(render('table', [record()])).toBe('a.txt:2:5  money  133500000000 CNY\n  截至6月末，贷款余额【1335亿元】。\n');
  });

  test('records are separated by a blank line', () => {
    const text = render('table', [record(), record({ line: 3 })]);
    expect(text.split('\n\n')).toHaveLength(2);
  });

  test('with colour: ANSI highlight instead of 【】', () => {
    const out = sink();
    tableWriter(out, { colorLevel: 1 }).write(record());
    expect(out.text).toContain('\u001b[1m\u001b[31m1335亿元\u001b[39m\u001b[22m');
    expect(out.text).not.toContain('【');
  });

  test('a range shows low–high; a date has no unit', () => {
    const range = record({ text: '150到200毫升', kind: 'quantity', value: 0.00015, value_max: 0.0002, unit: 'm3', sentence: '每次150到200毫升。' });
    const date = record({ text: '8月23日', kind: 'date', value: 'XXXX-08-23', unit: 'date', sentence: '8月23日开幕。' });
    expect(render('table', [range]).split('\n')[0]).toBe('a.txt:2:5  quantity  0.00015–0.0002 m3');
    expect(render('table', [date])).toBe('a.txt:2:5  date  XXXX-08-23\n  【8月23日】开幕。\n');
  });

  test('the same text twice in a sentence: each record marks its own', () => {
    const sentence = '收入增长5%，支出增长5%。';
    const first = record({ text: '5%', sentence, offset: 4 });
    const second = record({ text: '5%', sentence, offset: 11 });
    const lines = render('table', [first, second]).split('\n');
    expect(lines[1]).toBe('  收入增长【5%】，支出增长5%。');
    expect(lines[4]).toBe('  收入增长5%，支出增长【5%】。');
  });

  test('fields choose what the first line shows', () => {
    expect(render('table', [record()], { fields: ['text', 'value', 'unit', 'period'] })).toBe('1335亿元  133500000000 CNY  XXXX-06\n');
  });

  test('tsvWriter writes what createWriter("tsv") does', () => {
    const a = sink();
    tsvWriter(a).write(record());
    expect(a.text).toBe(render('tsv', [record()]));
  });
});

describe('CSV quoting', () => {
  // The rule of csv-stringify with CRLF line ends, a lone CR or LF quoted too.
  const csvStringify = (cells: string[]): string => stringify([cells], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  const chars = fc.oneof(fc.constantFrom('"', ',', '\r', '\n', '\r\n', '\t', '=', '-', "'", ' ', '，'), fc.string({ unit: 'binary', maxLength: 3 }));

  test('a cell is quoted as csv-stringify quotes it', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 8 }).map((parts) => parts.join('')), (text) => {
        expect(quote(text) + '\r\n').toBe(csvStringify([text]));
      }),
      { numRuns: 2000 },
    );
  });

  test('a cell with a line break of any kind reads back as one cell', () => {
    for (const text of ['a\nb', 'a\rb', 'a\r\nb', '\n']) {
      const csv = `${quote(text)},x\r\n`;
      expect(parse(csv, { relax_column_count: false })).toEqual([[text, 'x']]);
    }
  });

  test('a row is what csv-stringify makes of its guarded cells', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 6 }).map((parts) => parts.join('')), fc.double(), (text, value) => {
        const r = record({ text, sentence: `${text},${text}`, value, value_max: null });
        const row = render('csv', [r]).split('\r\n').slice(1).join('\r\n');
        expect(row).toBe(csvStringify(FIELDS.map((f) => (r[f] === null ? '' : typeof r[f] === 'number' ? String(r[f]) : guard(r[f] as string)))));
      }),
    );
  });
});

describe('delimited rows: a text cell repeated from row to row', () => {
  // A run of records where cells repeat, change and come back must read as each row alone
  // (a row function that remembers its last cells must not leak one row into the next).
  const cells = fc.constantFrom('同一句，有逗号。', '"引号"', '=1+1', '-', '', '第二句\n换行', '标签');
  const records = fc.array(fc.tuple(cells, cells, cells), { minLength: 1, maxLength: 12 }).map((rows) =>
    rows.map(([sentence, label, text]) => record({ sentence, label, text })),
  );
  for (const format of ['csv', 'tsv'] as const) {
    test(`${format}: a run of records reads as each record written alone`, () => {
      fc.assert(
        fc.property(records, (rs) => {
          const alone = rs.map((r) => render(format, [r]).split(format === 'csv' ? '\r\n' : '\n').slice(1).join(format === 'csv' ? '\r\n' : '\n'));
          const head = render(format, []).length;
          expect(render(format, rs).slice(head)).toBe(alone.join(''));
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('layouts: records made into text in batches, anywhere, then written', () => {
  const cases: [Format, WriterOptions][] = [
    ['csv', {}],
    ['csv', { bom: true, fields: ['sentence', 'value'] }],
    ['tsv', { bom: true }],
    ['jsonl', { fields: ['text', 'file'] }],
    ['json', {}],
    ['json', { compact: true, fields: ['value'] }],
    ['table', {}],
    ['table', { colorLevel: 2, fields: ['value', 'sentence'] }],
  ];
  const sentence = '收入增长5%，支出增长5%，利润1335亿元。';
  const records = [
    record({ text: '5%', sentence, offset: 4 }),
    record({ text: '5%', sentence, offset: 11 }),
    record({ text: '1335亿元', sentence, value: -3.9 }),
    record({ text: '=1', sentence: '另一句：=1,"x"\r\n', sentence_index: 2 }),
  ];

  /** Everything written when the records come in these batches, as text or as UTF-8 bytes. */
  function inBatches(format: Format, options: WriterOptions, sizes: number[], bytes: boolean): string {
    const chunks: (string | Uint8Array)[] = [];
    const layout = createLayout(format, options);
    const out = new TextWriter<string | Uint8Array>({ write: (c) => (chunks.push(c), true) }, layout);
    const text = layout.records();
    let at = 0;
    for (const size of sizes) {
      const chars = records.slice(at, (at += size)).map(text).join('');
      out.text(bytes ? new TextEncoder().encode(chars) : chars);
    }
    out.end();
    return chunks.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
  }

  test.each(cases)('%s %j: any batches give what one record at a time gives', (format, options) => {
    const expected = render(format, records, options);
    for (const sizes of [[4], [1, 3], [0, 2, 0, 2], [1, 1, 1, 1], [0]]) {
      const all = sizes.reduce((a, b) => a + b, 0);
      const want = all === records.length ? expected : render(format, records.slice(0, all), options);
      expect(inBatches(format, options, sizes, false)).toBe(want);
      expect(inBatches(format, options, sizes, true)).toBe(want);
    }
  });

  test('formatAll: when a record fails to become text, those before it are still handed on', async () => {
    const handed: string[] = [];
    const text = (r: FigureRecord): string => {
      if (r.text === '1335亿元') throw new TypeError('boom');
      return `${r.text}\n`;
    };
    await expect(formatAll(records, text, (s) => void handed.push(s))).rejects.toThrow('boom');
    expect(handed).toEqual(['5%\n5%\n']);
  });
});
