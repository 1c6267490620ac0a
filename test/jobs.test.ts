/**
 * `--jobs N` spreads files over worker threads (the built dist/cli/worker.js,
 * so these tests run the built binary) and writes exactly what `--jobs 1`
 * writes: same bytes on standard output and standard error, same status.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Input } from '../src/cli/inputs.js';
import { Pool } from '../src/cli/jobs.js';
import type { WorkerData } from '../src/cli/worker.js';
import { tempTree } from './helpers/io.js';
import { ORDERS, PROFIT_GB18030, REVENUE } from './helpers/texts.js';
import { PAGE_FILES } from './helpers/pages.js';

const BIN = path.resolve('bin', 'extract-figures.js');
const docs = PAGE_FILES;

const files: Record<string, string | Uint8Array> = {
  'a/revenue.txt': REVENUE,
  'a/orders.txt': ORDERS,
  'a/profit-gb.txt': PROFIT_GB18030,
  'a/binary.txt': Uint8Array.from([0x31, 0x00]),
  'b/big.txt': REVENUE.repeat(600) + ORDERS.repeat(600),
  // Over 256 KiB: a file never given to a worker ahead (see Pool).
  'b/large.txt': REVENUE.repeat(5000),
};
for (const [i, doc] of docs.entries()) files[`docs/${String(i).padStart(2, '0')}.txt`] = readFileSync(doc);
const tree = tempTree(files);
afterAll(() => tree.cleanup());

// Workers from the first byte (by default only from 24 MiB of input with --jobs 2).
const cli = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, EXTRACT_FIGURES_PARALLEL_FROM: '0', ...env },
    cwd: tree.dir,
    input: input === undefined ? undefined : Buffer.from(input),
    maxBuffer: 1 << 28,
  });

describe('--jobs gives the output of --jobs 1, byte for byte', () => {
  test('the worker is built', () => {
    expect(existsSync(path.resolve('dist', 'cli', 'worker.js'))).toBe(true);
  });

  // Workers turn records into text; the main thread writes what opens the output (CSV's header, the BOM),
  // what goes before the first record (JSON's `[`) and what closes it.
  test.each([
    'jsonl',
    'json',
    'table --no-color',
    'csv --bom',
    'tsv --fields sentence,text,value',
    'json --compact --fields text,label',
    'table --fields file,value,sentence',
  ])('-f %s, with errors, warnings and standard input among the files', (options) => {
    const format = options.split(' ');
    const args = ['-f', ...format, 'b', 'a', 'missing.txt', 'docs', '-', 'a/revenue.txt'];
    const one = cli(['-j', '1', ...args], ORDERS);
    expect(one.status).toBe(2);
    expect(one.stdout.length).toBeGreaterThan(10_000);
    expect(one.stderr.toString()).toBe(
      [
        'extract-figures: a/binary.txt: binary file (contains NUL bytes)',
        'extract-figures: a/profit-gb.txt: not UTF-8; read as GB18030',
        'extract-figures: missing.txt: no such file or directory',
        'extract-figures: docs/00.txt: not UTF-8; read as GB18030',
        '',
      ].join('\n'),
    );
    for (const jobs of format[0] === 'jsonl' ? ['2', '3'] : ['2']) {
      const many = cli(['-j', jobs, ...args], ORDERS);
      expect([many.status, many.stderr.toString()]).toEqual([one.status, one.stderr.toString()]);
      expect(many.stdout.equals(one.stdout)).toBe(true);
    }
  }, 120_000);

  test('table with colour: the workers colour as the main thread does', () => {
    const args = ['-f', 'table', 'a', 'docs/01.txt'];
    const env = { FORCE_COLOR: '3' };
    const one = cli(['-j', '1', ...args], undefined, env);
    expect(one.stdout.toString()).toContain('\u001b[');
    expect(cli(['-j', '2', ...args], undefined, env).stdout.equals(one.stdout)).toBe(true);
  }, 60_000);

  test('no record at all: JSON is still `[]`', () => {
    const args = ['-f', 'json', '-k', 'ordinal', 'a/revenue.txt', 'a/orders.txt'];
    const one = cli(['-j', '2', ...args]);
    expect([one.status, one.stdout.toString()]).toEqual([0, '[]\n']);
  }, 60_000);

  test('--jobs must be a whole number', () => {
    const r = cli(['-j', '0', 'a']);
    expect([r.status, r.stderr.toString()]).toEqual([2, "extract-figures: --jobs: expected a whole number from 1, not '0'\n"]);
  });
});

describe('the pool of workers', () => {
  const url = pathToFileURL(path.resolve('dist', 'cli', 'worker.js'));
  const input = (name: string): Input => ({ kind: 'file', path: name, fsPath: path.join(tree.dir, name) });
  const names = ['a/revenue.txt', 'a/orders.txt', 'a/revenue.txt', 'a/orders.txt', 'a/revenue.txt', 'a/orders.txt'];
  const data: WorkerData = { job: { encoding: 'auto', kinds: undefined, refDate: undefined }, format: 'jsonl', writer: {}, unwritten: 1 };

  test('a worker waits while its text is unwritten, across files; the rest comes in order once read', async () => {
    const read = new Set<number>();
    const pool = new Pool(names.map(input), 2, url, data, (i) => read.add(i));
    try {
      // Nothing read of the output: each worker stops after the text of its first file.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(read.size).toBeLessThanOrEqual(2);
      const texts: string[] = [];
      for (let i = 0; i < names.length; i++) {
        for await (const event of pool.events(i)) if (event.type === 'text') texts.push(Buffer.from(event.text).toString('utf8'));
      }
      expect(texts.map((t) => (JSON.parse(t.split('\n')[0]!) as { text: string }).text)).toEqual(
        names.map((n) => (n === 'a/revenue.txt' ? '1335亿元' : '8月21日')),
      );
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('a worker on a small file is given the next small file ahead; a large file is never held ahead', async () => {
    // b/large.txt is over 256 KiB; the rest are small.
    const order = ['b/large.txt', 'a/revenue.txt', 'a/orders.txt', 'a/revenue.txt', 'b/large.txt', 'a/orders.txt'];
    const pool = new Pool(order.map(input), 2, url, { ...data, unwritten: undefined });
    try {
      // One file each first; then the worker on a small file takes the next small one.
      expect(pool.held).toEqual([[0], [1, 2]]);
      const texts: string[] = [];
      for (let i = 0; i < order.length; i++) {
        for await (const event of pool.events(i)) if (event.type === 'text') texts.push(Buffer.from(event.text).toString('utf8'));
      }
      expect(texts.join('').split('\n').filter((l) => l.includes('"text":"1335亿元"')).length).toBe(2 + 2 * 5000);
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('a worker that dies: its file gets an internal error, a new worker does the rest', async () => {
    // The real worker, which exits once it works on a file named `crash` (it may have been given it
    // ahead, while still on the file before: it dies when it has finished that one).
    const crashing = tempTree({
      'worker.mjs': [
        `import ${JSON.stringify(url.href)};`,
        "import { parentPort } from 'node:worker_threads';",
        'const given = [];',
        "parentPort.on('message', (m) => { if (m.type === 'task') given.push(m.input.path); });",
        'const post = parentPort.postMessage.bind(parentPort);',
        'parentPort.postMessage = (m, moved) => {',
        "  if (given[0] === 'crash') process.exit(3);",
        '  post(m, moved);',
        "  if ('done' in m) given.shift();",
        "  if (given[0] === 'crash') process.exit(3);",
        '};',
      ].join('\n'),
    });
    const inputs = names.map(input);
    inputs[2] = { kind: 'file', path: 'crash', fsPath: path.join(tree.dir, names[2]!) };
    const pool = new Pool(inputs, 2, pathToFileURL(path.join(crashing.dir, 'worker.mjs')), data);
    try {
      const events: string[] = [];
      for (let i = 0; i < inputs.length; i++) {
        for await (const event of pool.events(i)) events.push(event.type === 'internal' ? `${i} ${event.message}` : `${i} ${event.type}`);
      }
      expect(events).toEqual(['0 text', '1 text', '2 worker thread stopped (exit code 3)', '3 text', '4 text', '5 text']);
    } finally {
      await pool.close();
      crashing.cleanup();
    }
  }, 60_000);
});
