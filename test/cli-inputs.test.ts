/** The CLI in-process: which inputs are read, in which order, and what goes wrong. */
import { chmodSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { readBytes } from '../src/cli/inputs.js';
import { FigureError } from '../src/errors.js';
import { Capture, figures, jsonl, run, tempTree } from './helpers/io.js';
import { ORDERS, PROFIT_GB18030, REVENUE } from './helpers/texts.js';

const tree = tempTree({
  'b.txt': REVENUE,
  'a.txt': ORDERS,
  'docs/z.md': REVENUE,
  'docs/sub/y.txt': ORDERS,
  'docs/notes.rst': REVENUE,
  'docs/.hidden/x.txt': REVENUE,
  'empty-dir/readme.pdf': 'x',
  'binary.txt': Uint8Array.from([0x31, 0x32, 0x00, 0x33]),
  'bad.txt': Uint8Array.from([0x41, 0xff, 0x42]),
  'gb.txt': PROFIT_GB18030,
});
afterAll(() => tree.cleanup());
const { dir } = tree;
const cwd = dir;


describe('inputs', () => {
  test('files in the order given', async () => {
    const r = await run([...jsonl, 'b.txt', 'a.txt'], { cwd });
    expect(figures(r.stdout)).toEqual(['b.txt 1335亿元', 'b.txt 21.59%', 'a.txt 8月21日', 'a.txt 83个']);
  });

  test('a directory: .txt and .md files, recursively, sorted, hidden ones skipped', async () => {
    const r = await run([...jsonl, '-k', 'money,count', 'docs'], { cwd });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(figures(r.stdout)).toEqual(['docs/sub/y.txt 83个', 'docs/z.md 1335亿元']);
    const slash = await run([...jsonl, '-k', 'count', 'docs/'], { cwd });
    expect(figures(slash.stdout)).toEqual(['docs/sub/y.txt 83个']);
  });

  test('--ext changes what a directory search looks for', async () => {
    const r = await run([...jsonl, '-k', 'money', '--ext', 'rst', 'docs'], { cwd });
    expect(figures(r.stdout)).toEqual(['docs/notes.rst 1335亿元']);
  });

  test('a quoted glob is expanded by the tool, sorted', async () => {
    const r = await run([...jsonl, '-k', 'money,count', '[ab].txt', 'docs/**/*.txt'], { cwd });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(figures(r.stdout)).toEqual(['a.txt 83个', 'b.txt 1335亿元', 'docs/sub/y.txt 83个']);
  });

  test('an absolute path stays absolute in `file`', async () => {
    const abs = path.join(dir, 'a.txt');
    const r = await run([...jsonl, '-k', 'count', abs], { cwd: '/' });
    expect(figures(r.stdout)).toEqual([`${abs} 83个`]);
  });

  test('- reads standard input, and `file` is -', async () => {
    const r = await run([...jsonl, '-k', 'count', 'a.txt', '-'], { cwd, stdin: '新增订单42个。' });
    expect(figures(r.stdout)).toEqual(['a.txt 83个', '- 42个']);
  });

  test('no path with input piped in reads standard input', async () => {
    const r = await run(jsonl, { cwd, stdin: REVENUE });
    expect([r.code, ...figures(r.stdout)]).toEqual([0, '- 1335亿元', '- 21.59%']);
  });

  test('standard input is decoded like a file', async () => {
    const r = await run(['--fields', 'file,text'], { cwd, stdin: PROFIT_GB18030 });
    expect([r.code, r.stdout]).toEqual([0, 'file,text\r\n-,5%\r\n']);
  });

  test('no path and standard input a terminal: usage error', async () => {
    const r = await run([], { cwd });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('extract-figures: no input: give files, directories or glob patterns, or pipe text in (see --help)\n');
  });
});

describe('errors: one line each, the other inputs still written, exit 2', () => {
  test.each([
    ['missing.txt', 'extract-figures: missing.txt: no such file or directory'],
    ['empty-dir', 'extract-figures: empty-dir: no .txt or .md files in this directory'],
    ['*.pdf', 'extract-figures: *.pdf: no files match this pattern'],
    ['binary.txt', 'extract-figures: binary.txt: binary file (contains NUL bytes)'],
    ['bad.txt', 'extract-figures: bad.txt: cannot decode: neither UTF-8 nor GB18030'],
  ])('%s', async (bad, message) => {
    const r = await run([...jsonl, '-k', 'count', 'a.txt', bad, 'docs/sub/y.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    expect(figures(r.stdout)).toEqual(['a.txt 83个', 'docs/sub/y.txt 83个']);
  });

  test('--encoding utf-8 on GB18030 bytes', async () => {
    const r = await run(['--encoding', 'utf-8', 'gb.txt'], { cwd });
    expect([r.code, r.stderr]).toEqual([2, 'extract-figures: gb.txt: not valid UTF-8 text\n']);
  });

  test('-q does not hide errors', async () => {
    const r = await run(['-q', 'missing.txt'], { cwd });
    expect([r.code, r.stderr]).toEqual([2, 'extract-figures: missing.txt: no such file or directory\n']);
  });

  test('errors appear in input order, and CSV still has its header', async () => {
    const r = await run(['--fields', 'text', 'missing.txt', 'a.txt', 'binary.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'extract-figures: missing.txt: no such file or directory\nextract-figures: binary.txt: binary file (contains NUL bytes)\n',
    );
    expect(r.stdout).toBe('text\r\n8月21日\r\n83个\r\n');
  });

  const root = process.getuid?.() === 0;
  (root ? test.skip : test)('an unreadable file', async () => {
    const t = tempTree({ 'secret.txt': REVENUE });
    chmodSync(path.join(t.dir, 'secret.txt'), 0o000);
    const r = await run(['secret.txt'], { cwd: t.dir });
    chmodSync(path.join(t.dir, 'secret.txt'), 0o600);
    t.cleanup();
    expect([r.code, r.stderr]).toEqual([2, 'extract-figures: secret.txt: permission denied\n']);
  });

  test('a file that cannot be read is E_READ (a directory, when run as root)', async () => {
    const none = (async function* () {})();
    const e = await readBytes({ kind: 'file', path: 'docs', fsPath: path.join(dir, 'docs') }, none).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FigureError);
    expect([(e as FigureError).code, (e as FigureError).message, (e as FigureError).path]).toEqual(['E_READ', 'is a directory', 'docs']);
  });

  test.each([
    [['--format', 'xml', 'a.txt'], "extract-figures: --format: unknown value 'xml' (expected one of: csv, tsv, json, jsonl, table)"],
    [['-k', 'cash', 'a.txt'], "extract-figures: --kind: unknown name 'cash' (expected one of: money, percent, percentage_point, multiple, date, duration, count, quantity, ordinal, number)"],
    [['--fields', 'txt', 'a.txt'], "extract-figures: --fields: unknown name 'txt' (expected one of: " + 'file, line, column, end_line, end_column, offset, length, text, kind, value, value_max, unit, number, multiplier, unit_text, approx, change, label, period, sentence_index, sentence)'],
    [['--encoding', 'big5', 'a.txt'], "extract-figures: --encoding: unknown value 'big5' (expected one of: auto, utf-8, gb18030)"],
    [['--ref-date', '2025-02-30', 'a.txt'], "extract-figures: --ref-date: '2025-02-30' is not a calendar date written YYYY-MM-DD"],
    [['--frmat', 'csv', 'a.txt'], "extract-figures: unknown option '--frmat' (Did you mean --format?)"],
    [['a.txt', '-f'], "extract-figures: option '-f, --format <format>' argument missing"],
  ])('usage error %j', async (argv, message) => {
    const r = await run(argv, { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${message}\n`]);
  });

  test('-o into a folder that does not exist', async () => {
    const r = await run(['-o', 'no/such/dir/out.csv', 'a.txt'], { cwd });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('extract-figures: no/such/dir/out.csv: cannot write: no such folder (ENOENT)\n');
    expect(existsSync(path.join(dir, 'no'))).toBe(false);
  });
});

describe('the reader going away, and internal errors', () => {
  test('EPIPE on standard output: stop quietly, exit 0', async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _enc, done) {
        writes++;
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const stderr = new Capture();
    const code = await main(['-f', 'jsonl', 'b.txt', 'a.txt', 'docs'], { stdout, stderr, cwd, stdoutIsTTY: false });
    expect([code, stderr.text]).toEqual([0, '']);
    expect(writes).toBe(1);
  });

  test('another write error on standard output is reported', async () => {
    const stdout = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
      },
    });
    const stderr = new Capture();
    const code = await main(['a.txt'], { stdout, stderr, cwd, stdoutIsTTY: false });
    expect([code, stderr.text]).toEqual([2, 'extract-figures: standard output: cannot write: no space left on device (ENOSPC)\n']);
  });

  test('an internal error: one line asking for a bug report; --debug adds the trace', async () => {
    const broken = {} as NodeJS.WritableStream;
    const stderr = new Capture();
    expect(await main(['a.txt'], { stdout: broken, stderr, cwd, stdoutIsTTY: false })).toBe(2);
    const lines = stderr.text.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^extract-figures: internal error: .+; please report this as a bug, with the input that caused it \(--debug shows the trace\)$/);
    const debug = new Capture();
    expect(await main(['--debug', 'a.txt'], { stdout: broken, stderr: debug, cwd, stdoutIsTTY: false })).toBe(2);
    expect(debug.text.split('\n').length).toBeGreaterThan(3);
    expect(debug.text).toContain('    at ');
  });
});
