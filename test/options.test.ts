import { FigureError } from '../src/errors.js';
import { ignoredOptions, normalize, parseRefDate, type RawOptions } from '../src/cli/options.js';

const tty = { stdoutIsTTY: true };
const pipe = { stdoutIsTTY: false, cpus: 3 };

function usageError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof FigureError && e.code === 'E_USAGE') return e.message;
    throw e;
  }
  throw new Error('expected E_USAGE');
}

describe('normalize', () => {
  test('defaults', () => {
    expect(normalize(['a.txt'], {}, pipe)).toEqual({
      paths: ['a.txt'],
      format: 'csv',
      output: undefined,
      kinds: undefined,
      fields: undefined,
      bom: false,
      compact: false,
      encoding: 'auto',
      exts: ['txt', 'md'],
      refDate: undefined,
      color: true,
      quiet: false,
      jobs: 3,
      progress: true,
      debug: false,
    });
  });

  test('jobs: a whole number from 1, default one per CPU', () => {
    expect(normalize([], { jobs: '2' }, pipe).jobs).toBe(2);
    expect(normalize([], {}, { stdoutIsTTY: false }).jobs).toBeGreaterThanOrEqual(1);
    for (const bad of ['0', '-1', '1.5', 'two', '']) {
      expect(usageError(() => normalize([], { jobs: bad }, pipe))).toBe(`--jobs: expected a whole number from 1, not '${bad}'`);
    }
    expect(normalize([], { progress: false }, pipe).progress).toBe(false);
  });

  test('table on a terminal, csv in a pipe or into a file', () => {
    expect(normalize([], {}, tty).format).toBe('table');
    expect(normalize([], {}, pipe).format).toBe('csv');
    expect(normalize([], { output: 'out.csv' }, tty).format).toBe('csv');
    expect(normalize([], { format: 'JSONL' }, tty).format).toBe('jsonl');
  });

  test('-o - is standard output', () => {
    expect(normalize([], { output: '-' }, tty).output).toBeUndefined();
  });

  test('bad format', () => {
    expect(usageError(() => normalize([], { format: 'xml' }, pipe))).toBe(
      "--format: unknown value 'xml' (expected one of: csv, tsv, json, jsonl, table)",
    );
  });

  test('kinds: comma lists and repeats, checked, in order, without duplicates', () => {
    const raw: RawOptions = { kind: ['money,percent', 'date', 'money'] };
    expect(normalize([], raw, pipe).kinds).toEqual(['money', 'percent', 'date']);
    expect(usageError(() => normalize([], { kind: ['money,cash'] }, pipe))).toMatch(/^--kind: unknown name 'cash' \(expected one of: money, percent,/);
    expect(usageError(() => normalize([], { kind: [','] }, pipe))).toMatch(/^--kind needs at least one name/);
  });

  test('fields', () => {
    expect(normalize([], { fields: ['value, text'] }, pipe).fields).toEqual(['value', 'text']);
    expect(usageError(() => normalize([], { fields: ['val'] }, pipe))).toMatch(/^--fields: unknown name 'val'/);
  });

  test('encoding', () => {
    expect(normalize([], { encoding: 'GB18030' }, pipe).encoding).toBe('gb18030');
    expect(normalize([], { encoding: 'utf8' }, pipe).encoding).toBe('utf-8');
    expect(usageError(() => normalize([], { encoding: 'latin1' }, pipe))).toBe(
      "--encoding: unknown value 'latin1' (expected one of: auto, utf-8, gb18030)",
    );
  });

  test('ext', () => {
    expect(normalize([], { ext: ['.TXT,md', '*.markdown'] }, pipe).exts).toEqual(['txt', 'md', 'markdown']);
    expect(usageError(() => normalize([], { ext: ['a/b'] }, pipe))).toMatch(/^--ext:/);
    expect(usageError(() => normalize([], { ext: [''] }, pipe))).toMatch(/^--ext:/);
  });

  test('ref-date', () => {
    expect(normalize([], { refDate: '2025-09-30' }, pipe).refDate).toEqual({ year: 2025, month: 9, day: 30 });
    expect(parseRefDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2025-13-01', '2025-9-30', '20250930', 'yesterday']) {
      expect(usageError(() => parseRefDate(bad))).toBe(`--ref-date: '${bad}' is not a calendar date written YYYY-MM-DD`);
    }
  });

  test('flags', () => {
    const o = normalize([], { bom: true, compact: true, color: false, quiet: true, debug: true }, pipe);
    expect([o.bom, o.compact, o.color, o.quiet, o.debug]).toEqual([true, true, false, true, true]);
  });
});

describe('ignoredOptions', () => {
  test('--bom is for csv and tsv, --compact for json', () => {
    expect(ignoredOptions(normalize([], { bom: true, compact: true, format: 'csv' }, pipe))).toEqual(['--compact']);
    expect(ignoredOptions(normalize([], { bom: true, compact: true, format: 'json' }, pipe))).toEqual(['--bom']);
    expect(ignoredOptions(normalize([], { bom: true, format: 'tsv' }, pipe))).toEqual([]);
  });
});
