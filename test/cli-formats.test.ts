/** The CLI in-process: formats and the options that shape the output. */
import { parse } from 'csv-parse/sync';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FIELDS } from '../src/types.js';
import { packageVersion } from '../src/cli/version.js';
import { needsLabels } from '../src/cli/main.js';
import { run, tempTree } from './helpers/io.js';
import { CSV_HEADER, ORDERS, PROFIT_GB18030, REVENUE } from './helpers/texts.js';

const tree = tempTree({ 'revenue.txt': REVENUE, 'orders.txt': ORDERS, 'profit-gb.txt': PROFIT_GB18030 });
afterAll(() => tree.cleanup());
const { dir } = tree;
const cwd = dir;

const csvRows = (text: string): string[][] => parse(text, { bom: true }) as string[][];

describe('formats', () => {
  test('csv by default when standard output is not a terminal', async () => {
    const r = await run(['revenue.txt'], { cwd });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const rows = csvRows(r.stdout);
    expect(rows[0]!.join(',')).toBe(CSV_HEADER);
    expect(rows.slice(1).map((row) => row.slice(0, 3).concat(row.slice(7, 12)))).toEqual([
      ['revenue.txt', '1', '7', '1335亿元', 'money', '133500000000', '', 'CNY'],
      ['revenue.txt', '1', '18', '21.59%', 'percent', '21.59', '', '%'],
    ]);
  });

  test('table by default on a terminal', async () => {
    const r = await run(['revenue.txt'], { cwd, stdoutIsTTY: true });
    expect(r.stdout).toBe(
      'revenue.txt:1:7  money  133500000000 CNY\n  全年营业收入【1335亿元】，同比增长21.59%。\n\n' +
        'revenue.txt:1:18  percent  21.59 %\n  全年营业收入1335亿元，同比增长【21.59%】。\n',
    );
  });

  test('-f table: each input starts afresh, even the same file twice', async () => {
    // Where a figure is marked in its sentence depends on the figures before it in that input only
    // (the second listing used to search for `5个` after the first listing's mark, and found it in `5个百分点`).
    const t = tempTree({ 'count.txt': '新增5个，提高5个百分点。\n' });
    try {
      const once = await run(['-f', 'table', '-k', 'count', 'count.txt'], { cwd: t.dir });
      expect(once.stdout).toBe('count.txt:1:3  count  5 个\n  新增【5个】，提高5个百分点。\n');
      const twice = await run(['-f', 'table', '-k', 'count', 'count.txt', 'count.txt'], { cwd: t.dir });
      expect(twice.stdout).toBe(`${once.stdout}\n${once.stdout}`);
    } finally {
      t.cleanup();
    }
  });

  test('-f table with colour, and --no-color', async () => {
    const colour = await run(['-f', 'table', 'revenue.txt'], { cwd, stdoutIsTTY: true, colorLevel: 1 });
    expect(colour.stdout).toContain('\u001b[1m\u001b[31m1335亿元\u001b[39m\u001b[22m');
    const plain = await run(['-f', 'table', '--no-color', 'revenue.txt'], { cwd, stdoutIsTTY: true, colorLevel: 1 });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('【1335亿元】');
  });

  test('NO_COLOR turns colour off', async () => {
    const r = await run(['-f', 'table', 'revenue.txt'], { cwd, stdoutIsTTY: true, colorLevel: 3, env: { NO_COLOR: '1' } });
    expect(r.stdout).not.toContain('\u001b[');
  });

  test('-f tsv', async () => {
    const r = await run(['-f', 'tsv', '--fields', 'text,value', 'revenue.txt'], { cwd });
    expect(r.stdout).toBe('text\tvalue\n1335亿元\t133500000000\n21.59%\t21.59\n');
  });

  test('-f json: an array of whole records', async () => {
    const r = await run(['--format', 'json', 'revenue.txt', 'orders.txt'], { cwd });
    const records = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(records.map((x) => [x['file'], x['text'], x['value']])).toEqual([
      ['revenue.txt', '1335亿元', 133500000000],
      ['revenue.txt', '21.59%', 21.59],
      ['orders.txt', '8月21日', 'XXXX-08-21'],
      ['orders.txt', '83个', 83],
    ]);
    expect(Object.keys(records[0]!)).toEqual([...FIELDS]);
    expect(r.stdout.startsWith('[\n  {\n    "file": "revenue.txt",\n')).toBe(true);
  });

  test('-f json --compact', async () => {
    const r = await run(['-f', 'json', '--compact', '--fields', 'text', 'revenue.txt'], { cwd });
    expect(r.stdout).toBe('[\n{"text":"1335亿元"},\n{"text":"21.59%"}\n]\n');
  });

  test('-f json with no figure is still valid JSON', async () => {
    const r = await run(['-f', 'json', '-'], { cwd, stdin: '没有数字。' });
    expect([r.code, r.stdout]).toEqual([0, '[]\n']);
  });

  test('-f jsonl: one record a line', async () => {
    const r = await run(['-f', 'jsonl', '--fields', 'kind,value', 'orders.txt'], { cwd });
    expect(r.stdout).toBe('{"kind":"date","value":"XXXX-08-21"}\n{"kind":"count","value":83}\n');
  });

  test('-k keeps only those kinds', async () => {
    const r = await run(['-k', 'percent,count', '-f', 'jsonl', '--fields', 'text', 'revenue.txt', 'orders.txt'], { cwd });
    expect(r.stdout).toBe('{"text":"21.59%"}\n{"text":"83个"}\n');
    const repeated = await run(['-k', 'money', '--kind', 'date', '-f', 'jsonl', '--fields', 'text', 'revenue.txt', 'orders.txt'], { cwd });
    expect(repeated.stdout).toBe('{"text":"1335亿元"}\n{"text":"8月21日"}\n');
  });

  test('labels are read only when --fields asks for label or period', async () => {
    expect([undefined, ['text', 'label'], ['period'], ['text', 'value'], ['sentence']].map((f) => needsLabels(f as never))).toEqual([true, true, true, false, false]);
    const withLabel = await run(['-f', 'jsonl', '--fields', 'text,label,value', 'revenue.txt'], { cwd });
    const without = await run(['-f', 'jsonl', '--fields', 'text,value', 'revenue.txt'], { cwd });
    const rows = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows(withLabel.stdout).map((r) => r['label'])).toEqual(['营业收入', '营业收入']);
    expect(rows(without.stdout)).toEqual(rows(withLabel.stdout).map(({ text, value }) => ({ text, value })));
  });

  test('--fields chooses and orders CSV columns', async () => {
    const r = await run(['--fields', 'value,unit,file', 'revenue.txt'], { cwd });
    expect(r.stdout).toBe('value,unit,file\r\n133500000000,CNY,revenue.txt\r\n21.59,%,revenue.txt\r\n');
  });

  test('--bom', async () => {
    const r = await run(['--bom', '--fields', 'text', 'revenue.txt'], { cwd });
    expect(r.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(r.stdout).toBe('\uFEFFtext\r\n1335亿元\r\n21.59%\r\n');
  });

  test('--bom with JSON is ignored, with a warning that -q silences', async () => {
    const r = await run(['--bom', '-f', 'jsonl', '--fields', 'text', 'revenue.txt'], { cwd });
    expect(r.stdout.charCodeAt(0)).toBe('{'.charCodeAt(0));
    expect(r.stderr).toBe('extract-figures: --bom does not apply to --format jsonl; ignored\n');
    expect((await run(['-q', '--bom', '-f', 'jsonl', 'revenue.txt'], { cwd })).stderr).toBe('');
  });

  test('--ref-date fills in the year', async () => {
    const without = await run(['-k', 'date', '--fields', 'value', 'orders.txt'], { cwd });
    const withRef = await run(['--ref-date', '2025-09-30', '-k', 'date', '--fields', 'value', 'orders.txt'], { cwd });
    expect(without.stdout).toBe('value\r\nXXXX-08-21\r\n');
    expect(withRef.stdout).toBe('value\r\n2025-08-21\r\n');
  });

  test('--encoding auto reads GB18030 and says so; -q keeps quiet', async () => {
    const r = await run(['--fields', 'text,value,change', 'profit-gb.txt'], { cwd });
    expect([r.code, r.stdout]).toEqual([0, 'text,value,change\r\n5%,5,up\r\n']);
    expect(r.stderr).toBe('extract-figures: profit-gb.txt: not UTF-8; read as GB18030\n');
    const quiet = await run(['-q', '--fields', 'text', 'profit-gb.txt'], { cwd });
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, 'text\r\n5%\r\n', '']);
  });

  test('--encoding gb18030 reads it without a warning', async () => {
    const r = await run(['--encoding', 'gb18030', '--fields', 'text', 'profit-gb.txt'], { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'text\r\n5%\r\n', '']);
  });

  test('-o writes the file atomically and nothing to standard output', async () => {
    const r = await run(['-o', 'figures.csv', '--fields', 'text', 'revenue.txt'], { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(path.join(dir, 'figures.csv'), 'utf8')).toBe('text\r\n1335亿元\r\n21.59%\r\n');
    // Again, over the old file: replaced, and no temporary file left behind.
    const again = await run(['--output', path.join(dir, 'figures.csv'), '--fields', 'value', 'orders.txt'], { cwd });
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(dir, 'figures.csv'), 'utf8')).toBe('value\r\nXXXX-08-21\r\n83\r\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('-o defaults to csv even on a terminal, without colour', async () => {
    const r = await run(['-o', 'tty.csv', '--fields', 'text', 'revenue.txt'], { cwd, stdoutIsTTY: true, colorLevel: 1 });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'tty.csv'), 'utf8')).toBe('text\r\n1335亿元\r\n21.59%\r\n');
  });

  test('the same inputs give byte-identical output', async () => {
    const args = ['-f', 'json', '.'];
    const [a, b] = [await run(args, { cwd }), await run(args, { cwd })];
    expect(a.stdoutBytes.equals(b.stdoutBytes)).toBe(true);
    expect(a.stdout.length).toBeGreaterThan(100);
  });

  test('-V prints the version from package.json', async () => {
    const r = await run(['-V']);
    expect([r.code, r.stdout]).toEqual([0, `${packageVersion()}\n`]);
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect((await run(['--version'])).stdout).toBe(`${packageVersion()}\n`);
  });

  test('-h prints help with every option and examples', async () => {
    const r = await run(['-h']);
    expect(r.code).toBe(0);
    for (const option of ['--format', '--output', '--kind', '--fields', '--bom', '--encoding', '--ext', '--ref-date', '--no-color', '--quiet', '--version', '--help']) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toContain('Usage: extract-figures [options] [paths...]');
    expect(r.stdout).toContain('Examples:');
    expect((await run(['--help'])).stdout).toBe(r.stdout);
  });
});
