/**
 * Issue #7, output that can be trusted: no formula gets into a spreadsheet,
 * `-o` never leaves a half-written file (not on an error, not on Ctrl-C),
 * a reader that goes away is no error, a full disk or an unwritable path is
 * one clear line and exit 2, and an internal error is one line asking for a
 * bug report (the trace with --debug).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { jest } from '@jest/globals';
import { FIELDS } from '../src/types.js';
import { run, tempTree } from './helpers/io.js';
import { ORDERS, REVENUE } from './helpers/texts.js';

// Child processes are slow when the whole suite runs at once.
jest.setTimeout(60000);

const BIN = path.resolve('bin', 'extract-figures.js');
const POSIX = process.platform !== 'win32';
const ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

/** Sentences that start with what a spreadsheet would run as a formula. */
const FORMULAS = [
  '=1+2，全年营业收入1335亿元。',
  '+86的用户新增订单83个。',
  '-0.35%是本月的降幅。',
  '@所有人：利润增长5%。',
  '\t税收增长6%。',
  '＝全角等号开头，增长7%。',
  '＋全角加号开头，增长8%。',
  '－2%是全角减号。',
  '＠全角，增长9%。',
].join('\n');

/** File names that start like a formula (the `file` cell is the path as given). */
const FORMULA_NAMES = ['=cmd.txt', '+x.txt', '-x.txt', '@x.txt', '\tx.txt', '\rx.txt'];

const tree = tempTree({
  'a.txt': ORDERS,
  'b.txt': REVENUE,
  'formulas.txt': FORMULAS,
  ...Object.fromEntries(FORMULA_NAMES.map((n) => [n, ORDERS])),
});
afterAll(() => tree.cleanup());
const { dir } = tree;
const cwd = dir;
chmodSync(dir, 0o755);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, cond: () => boolean, ms = 20000): Promise<void> {
  for (const end = Date.now() + ms; !cond(); await sleep(25)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

/** The exit of a child: its status and the signal that killed it. */
const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

/** Temporary files of `-o` left in `folder`. */
const temps = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

/** The built binary, as a user runs it. */
function cli(args: string[], options: { cwd?: string; uid?: number; input?: string } = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? cwd,
    input: options.input,
    encoding: 'utf8',
    timeout: 20000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
}

/** What makes a spreadsheet cell a formula. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

describe('formula injection is impossible through CSV and TSV', () => {
  const args = ['a.txt', 'formulas.txt', '--', ...FORMULA_NAMES];

  test.each([
    ['csv', (s: string) => parse(s, { bom: true }) as string[][]],
    ['tsv', (s: string) => parse(s, { delimiter: '\t', quote: false, record_delimiter: '\n' }) as string[][]],
  ])('%s: no text cell starts a formula, and each is the JSON value behind a quote', async (format, parseRows) => {
    const out = await run(['-f', format, ...args], { cwd });
    const json = await run(['-f', 'json', ...args], { cwd });
    expect([out.code, out.stderr]).toEqual([0, '']);
    const [header, ...rows] = parseRows(out.stdout);
    const records = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(header).toEqual([...FIELDS]);
    expect(rows).toHaveLength(records.length);
    const live: string[] = [];
    const wrong: string[] = [];
    const guarded: string[] = [];
    rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        const value = records[i]![FIELDS[j]!];
        if (typeof value !== 'string') return;
        if (cell !== '-' && FORMULA_START.test(cell)) live.push(cell);
        const flat = format === 'tsv' ? value.replace(/[\t\r\n]/g, ' ') : value;
        if (cell === flat) return;
        if (cell !== `'${flat}` || !FORMULA_START.test(value)) wrong.push(`${cell} ≠ ${value}`);
        else guarded.push(value);
      });
    });
    expect([live, wrong]).toEqual([[], []]);
    // Every formula sentence and every formula file name came through guarded.
    const starts = FORMULAS.split('\n').filter((l) => FORMULA_START.test(l) && !l.startsWith('\t'));
    expect(starts.filter((line) => !guarded.includes(line))).toEqual([]);
    expect(FORMULA_NAMES.filter((name) => !guarded.includes(name))).toEqual([]);
  });

  test('numbers stay numbers: a negative value is written as a number, not guarded', async () => {
    const r = await run(['-f', 'csv', '--fields', 'text,value', '-'], { cwd, stdin: '降幅为-0.35%。' });
    expect(r.stdout).toBe("text,value\r\n'-0.35%,-0.35\r\n");
  });

  test('JSON and JSON Lines keep the text as it is', async () => {
    const r = await run(['-f', 'jsonl', '--fields', 'file,sentence', '--', '=cmd.txt'], { cwd });
    expect(JSON.parse(r.stdout.split('\n')[0]!)).toEqual({ file: '=cmd.txt', sentence: '8月21日，新增订单83个。' });
  });
});

describe('-o writes atomically', () => {
  /** A child writing `-o out.csv a.txt -` that waits on its standard input, once its temporary file has records. */
  async function midRun(folder: string): Promise<ChildProcess> {
    const child = spawn(process.execPath, [BIN, '-o', 'out.csv', 'a.txt', '-'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
    await waitFor('records in the temporary file', () => temps(folder).some((f) => statSync(path.join(folder, f)).size > 200));
    return child;
  }

  (POSIX ? test : test.skip).each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s mid-run: exit %i, the old file untouched, no temporary file left', async (signal, status) => {
    const t = tempTree({ 'a.txt': ORDERS, 'out.csv': 'OLD' });
    try {
      const child = await midRun(t.dir);
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const done = exited(child);
      child.kill(signal);
      expect(await done).toEqual({ code: status, signal: null });
      expect(readFileSync(path.join(t.dir, 'out.csv'), 'utf8')).toBe('OLD');
      expect(temps(t.dir)).toEqual([]);
      expect(stderr).toBe('');
    } finally {
      t.cleanup();
    }
  });

  (POSIX ? test : test.skip)('SIGKILL mid-run (nothing can clean up): the old file is still whole', async () => {
    const t = tempTree({ 'a.txt': ORDERS, 'out.csv': 'OLD' });
    try {
      const child = await midRun(t.dir);
      const done = exited(child);
      child.kill('SIGKILL');
      expect(await done).toEqual({ code: null, signal: 'SIGKILL' });
      expect(readFileSync(path.join(t.dir, 'out.csv'), 'utf8')).toBe('OLD');
      // The temporary file stays behind, hidden (a dot name); the target is never half written.
      expect(temps(t.dir)).toHaveLength(1);
    } finally {
      t.cleanup();
    }
  });

  (POSIX ? test : test.skip)('the same run, allowed to finish, replaces the file', async () => {
    const t = tempTree({ 'a.txt': ORDERS, 'out.csv': 'OLD' });
    try {
      const child = await midRun(t.dir);
      const done = exited(child);
      child.stdin!.end('利润增长5%。');
      expect(await done).toEqual({ code: 0, signal: null });
      const rows = parse(readFileSync(path.join(t.dir, 'out.csv'), 'utf8')) as string[][];
      expect(rows.slice(1).map((r) => `${r[0]} ${r[7]}`)).toEqual(['a.txt 8月21日', 'a.txt 83个', '- 5%']);
      expect(temps(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  test('an input error does not stop the file: the others are written, exit 2', async () => {
    const t = tempTree({ 'a.txt': ORDERS, 'out.csv': 'OLD' });
    try {
      const r = await run(['-o', 'out.csv', '--fields', 'text', 'a.txt', 'missing.txt'], { cwd: t.dir });
      expect([r.code, r.stderr]).toEqual([2, 'extract-figures: missing.txt: no such file or directory\n']);
      expect(readFileSync(path.join(t.dir, 'out.csv'), 'utf8')).toBe('text\r\n8月21日\r\n83个\r\n');
      expect(temps(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  test('through a symbolic link: the file it points to is replaced, the link stays', async () => {
    const t = tempTree({ 'a.txt': ORDERS, 'real/out.csv': 'OLD' });
    try {
      symlinkSync(path.join('real', 'out.csv'), path.join(t.dir, 'link.csv'));
      const r = await run(['-o', 'link.csv', '--fields', 'text', 'a.txt'], { cwd: t.dir });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(lstatSync(path.join(t.dir, 'link.csv')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(path.join(t.dir, 'link.csv'))).toBe(path.join('real', 'out.csv'));
      expect(readFileSync(path.join(t.dir, 'real', 'out.csv'), 'utf8')).toBe('text\r\n8月21日\r\n83个\r\n');
      expect([...temps(t.dir), ...temps(path.join(t.dir, 'real'))]).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  (POSIX ? test : test.skip)('-o a FIFO writes into it (it is not replaced by a file)', async () => {
    const t = tempTree({ 'a.txt': ORDERS });
    try {
      const fifo = path.join(t.dir, 'fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const reader = spawn('cat', [fifo]);
      let got = '';
      reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
      const readerDone = exited(reader);
      const r = await run(['-o', 'fifo', '--fields', 'text', 'a.txt'], { cwd: t.dir });
      await readerDone;
      expect([r.code, r.stderr, got]).toEqual([0, '', 'text\r\n8月21日\r\n83个\r\n']);
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(temps(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  test('-o a directory: one line, exit 2, nothing written', async () => {
    const t = tempTree({ 'a.txt': ORDERS, 'out/keep.txt': 'x' });
    try {
      const r = await run(['-o', 'out', 'a.txt'], { cwd: t.dir });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'extract-figures: out: cannot write: is a directory\n']);
      expect(readdirSync(path.join(t.dir, 'out'))).toEqual(['keep.txt']);
      expect(temps(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});

describe('unwritable output: one clear line, exit 2', () => {
  test.each([
    ['a missing folder', 'no/such/dir/out.csv', 'no/such/dir/out.csv: cannot write: no such folder (ENOENT)'],
    ['a file where a folder should be', 'a.txt/out.csv', 'a.txt/out.csv: cannot write: a folder in the path is a file (ENOTDIR)'],
  ])('%s', async (_name, target, message) => {
    const r = await run(['-o', target, 'a.txt', 'b.txt'], { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `extract-figures: ${message}\n`]);
  });

  (POSIX ? test : test.skip)('a folder without write permission (as nobody when root)', () => {
    const t = tempTree({ 'a.txt': ORDERS, 'ro/out.csv': 'OLD' });
    try {
      chmodSync(t.dir, 0o755);
      chmodSync(path.join(t.dir, 'a.txt'), 0o644);
      chmodSync(path.join(t.dir, 'ro'), 0o555);
      const r = cli(['-o', 'ro/out.csv', 'a.txt'], { cwd: t.dir, ...(ROOT ? { uid: NOBODY } : {}) });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'extract-figures: ro/out.csv: cannot write: permission denied (EACCES)\n']);
      expect(readFileSync(path.join(t.dir, 'ro', 'out.csv'), 'utf8')).toBe('OLD');
    } finally {
      chmodSync(path.join(t.dir, 'ro'), 0o755);
      t.cleanup();
    }
  });

  (existsSync('/dev/full') ? test : test.skip)('a full disk: standard output to /dev/full', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" a.txt b.txt > /dev/full`], { cwd, encoding: 'utf8', timeout: 20000 });
    expect([r.status, r.stderr]).toEqual([2, 'extract-figures: standard output: cannot write: no space left on device (ENOSPC)\n']);
  });

  // As nobody, which cannot create files in /dev: were -o /dev/full renamed over, it would fail, never replace the device.
  (existsSync('/dev/full') ? test : test.skip)('a full disk: -o /dev/full (written in place, never renamed over)', () => {
    const r = cli(['-o', '/dev/full', 'a.txt', 'b.txt'], ROOT ? { uid: NOBODY } : {});
    expect([r.status, r.stderr]).toEqual([2, 'extract-figures: /dev/full: cannot write: no space left on device (ENOSPC)\n']);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  (existsSync('/dev/null') ? test : test.skip)('-o /dev/null works (as nobody when root) and /dev/null stays a device', () => {
    const r = cli(['-o', '/dev/null', 'a.txt'], ROOT ? { uid: NOBODY } : {});
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('a reader that goes away is no error', () => {
  const big = path.join(dir, 'big');
  mkdirSync(big);
  // Four files of about 150 KB of CSV each: far more than a pipe holds.
  for (const n of [1, 2, 3, 4]) writeFileSync(path.join(big, `${n}.txt`), REVENUE.repeat(500));

  (POSIX ? test : test.skip).each([
    ['csv', []],
    ['tsv', []],
    ['json', []],
    ['jsonl', []],
    ['table', []],
    ['jsonl', ['--jobs', '2']],
  ] as const)('`| head -n 1` with -f %s %j: quiet, exit 0', (format, extra) => {
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" -f ${format} ${extra.join(' ')} big | head -n 1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`],
      { cwd, encoding: 'utf8', timeout: 30000 },
    );
    expect([r.stdout, r.stderr]).toEqual(['status=0\n', '']);
  });

  (POSIX ? test : test.skip)('standard error closed (2>&-): an error still ends with exit 2, no crash', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" missing.txt a.txt 2>&-`], { cwd, encoding: 'utf8', timeout: 20000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('8月21日');
  });
});

describe('internal errors: one line asking for a bug report, the trace only with --debug', () => {
  /** Makes writing the record of `text` throw, as a bug would. */
  function breakRecord(text: string): () => void {
    const stringify = JSON.stringify;
    const spy = jest.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, ...rest: unknown[]) => {
      if (value !== null && typeof value === 'object' && (value as { text?: unknown }).text === text) throw new TypeError('boom');
      return (stringify as (...a: unknown[]) => string)(value, ...rest);
    }) as typeof JSON.stringify);
    return () => spy.mockRestore();
  }

  test('in one input: that input is named, the others are still written, exit 2', async () => {
    const restore = breakRecord('83个');
    let r;
    try {
      r = await run(['-f', 'jsonl', '--fields', 'file,text', 'a.txt', 'b.txt'], { cwd });
    } finally {
      restore();
    }
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'extract-figures: a.txt: internal error: boom; please report this as a bug, with the input that caused it (--debug shows the trace)\n',
    );
    expect(r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)).toEqual(['8月21日', '1335亿元', '21.59%']);
  });

  test('--debug adds the trace', async () => {
    const restore = breakRecord('83个');
    let r;
    try {
      r = await run(['--debug', '-f', 'jsonl', 'a.txt', 'b.txt'], { cwd });
    } finally {
      restore();
    }
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('extract-figures: a.txt: internal error: boom; please report this as a bug, with the input that caused it');
    expect(lines[1]).toBe('TypeError: boom');
    expect(lines.filter((l) => /^\s+at /.test(l)).length).toBeGreaterThan(1);
  });

  /** The binary with a module loaded first that throws from a timer: an exception nothing catches. */
  function crashing(args: string[], folder: string): Promise<{ code: number | null; stderr: string }> {
    // Thrown once the guard is installed (the module graph loads slowly on a busy machine), or after 10 s without one.
    const bomb =
      'data:text/javascript,let n=0;const t=setInterval(()=>{if(process.listenerCount("uncaughtException")>0||++n>1000){clearInterval(t);setTimeout(()=>{throw new Error("boom")},50)}},10)';
    const child = spawn(process.execPath, ['--import', bomb, BIN, ...args], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Standard input stays open: the run is still going when the timer fires.
    return exited(child).then(({ code }) => ({ code, stderr }));
  }

  (POSIX ? test : test.skip)('an uncaught exception in the binary: one line, exit 2, no partial -o file', async () => {
    const t = tempTree({ 'a.txt': ORDERS, 'out.csv': 'OLD' });
    try {
      const r = await crashing(['-o', 'out.csv', 'a.txt', '-'], t.dir);
      expect(r).toEqual({
        code: 2,
        stderr: 'extract-figures: internal error: boom; please report this as a bug, with the input that caused it (--debug shows the trace)\n',
      });
      expect(readFileSync(path.join(t.dir, 'out.csv'), 'utf8')).toBe('OLD');
      expect(temps(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  (POSIX ? test : test.skip)('an uncaught exception with --debug: the trace too', async () => {
    const r = await crashing(['--debug', 'a.txt', '-'], dir);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('extract-figures: internal error: boom; please report this as a bug, with the input that caused it');
    expect(lines[1]).toBe('Error: boom');
    expect(lines[2]).toMatch(/^\s+at /);
  });
});
