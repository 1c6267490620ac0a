/**
 * Issue #7, bad input: whatever a path names, the run goes on. Each problem is
 * one line on standard error naming the path, the inputs around it are still
 * read and written, the exit status is 2, and no stack trace is shown.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { figures, jsonl, run, tempTree } from './helpers/io.js';
import { ORDERS, PROFIT_GB18030, REVENUE } from './helpers/texts.js';

// Child processes are slow when the whole suite runs at once.
jest.setTimeout(60000);

const BIN = path.resolve('bin', 'extract-figures.js');
const POSIX = process.platform !== 'win32';
const ROOT = process.getuid?.() === 0;
/** An unprivileged user to run the binary as, when we are root (nobody). */
const NOBODY = 65534;

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Buffer => utf16le(s).swap16();

/** The first bytes of a PNG image (8-byte signature, then the IHDR chunk of a 1×1 image). */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
/** A zip archive: a local file header (PK\3\4, version 20, no flags) and an empty end record. */
const ZIP = Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.from('504b0506000000000000000000000000000000000000', 'hex')]);
/** Bytes that are neither UTF-8 nor GB18030: 0xFF is no lead byte in either. */
const GARBAGE = Buffer.from([0xe5, 0xa2, 0x9e, 0xff, 0xfe, 0x41, 0xff]);
/** A lone surrogate (U+D800) written as UTF-8 would write it (WTF-8): ED A0 80. */
const LONE_SURROGATE = Buffer.concat([utf8('利润增长'), Buffer.from([0xed, 0xa0, 0x80]), utf8('5%。\n')]);

const tree = tempTree({
  'a.txt': ORDERS,
  'b.txt': REVENUE,
  'empty.txt': '',
  'blank.txt': '  \n\n\t \r\n\u3000\u3000\n \r \n',
  'nul.txt': Buffer.concat([utf8('增长5%'), Buffer.from([0]), utf8('。')]),
  'image.png': PNG,
  'image.txt': PNG,
  'archive.zip': ZIP,
  'garbage.txt': GARBAGE,
  'utf16le.txt': utf16le(REVENUE),
  'utf16be.txt': utf16be(REVENUE),
  'utf16-no-bom.txt': Buffer.from(REVENUE, 'utf16le'),
  // A UTF-8 line, then a GB18030 one. The whole happens to be valid GB18030 (the UTF-8 line would come out garbled).
  'mixed.txt': Buffer.concat([utf8('增长5%\n'), Buffer.from(PROFIT_GB18030), utf8('\n')]),
  'mixed-invalid.txt': Buffer.concat([utf8(REVENUE), Buffer.from(PROFIT_GB18030), utf8('\n')]),
  'gb.txt': PROFIT_GB18030,
  'nothing-here/notes.pdf': 'x',
  'dirs-only/sub1/x.pdf': 'x',
  'surrogate.txt': LONE_SURROGATE,
});
afterAll(() => tree.cleanup());
const { dir } = tree;
const cwd = dir;
chmodSync(dir, 0o755);

const AROUND = ['a.txt 8月21日', 'a.txt 83个', 'b.txt 1335亿元', 'b.txt 21.59%'];

/** The built binary, as a user runs it; killed after `timeout` ms (status null then). */
function cli(args: string[], options: { input?: string | Buffer; uid?: number; timeout?: number; cwd?: string } = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? cwd,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeout ?? 30000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
}

/** One line, the program's name and the path first; no stack trace. */
function expectOneLine(stderr: string, line: string): void {
  expect(stderr).toBe(`extract-figures: ${line}\n`);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('a bad input between two good ones: one line, the others written, exit 2', () => {
  test.each([
    ['missing path', 'missing.txt', 'missing.txt: no such file or directory'],
    ['directory with no matching files', 'nothing-here', 'nothing-here: no .txt or .md files in this directory'],
    ['glob that matches only a directory', 'dirs-only/sub*', 'dirs-only/sub*: no files match this pattern'],
    ['NUL bytes', 'nul.txt', 'nul.txt: binary file (contains NUL bytes)'],
    ['a PNG image', 'image.png', 'image.png: binary file (contains NUL bytes)'],
    ['a PNG image named .txt', 'image.txt', 'image.txt: binary file (contains NUL bytes)'],
    ['a zip archive', 'archive.zip', 'archive.zip: binary file (contains NUL bytes)'],
    ['UTF-16 without a byte-order mark (NUL bytes)', 'utf16-no-bom.txt', 'utf16-no-bom.txt: binary file (contains NUL bytes)'],
    ['neither UTF-8 nor GB18030', 'garbage.txt', 'garbage.txt: cannot decode: neither UTF-8 nor GB18030'],
    ['mixed UTF-8 and GB18030', 'mixed.txt', 'mixed.txt: mixed encodings: line 1 is UTF-8, line 2 is not'],
    ['mixed, and invalid in GB18030', 'mixed-invalid.txt', 'mixed-invalid.txt: mixed encodings: line 1 is UTF-8, line 2 is not'],
    ['a lone surrogate written as UTF-8', 'surrogate.txt', 'surrogate.txt: not valid UTF-8: a lone surrogate on line 1'],
  ])('%s', async (_name, bad, message) => {
    const r = await run([...jsonl, 'a.txt', bad, 'b.txt'], { cwd });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, message);
    expect(figures(r.stdout)).toEqual(AROUND);
  });

  test('a mixed file is not read as GB18030 unless asked: then its UTF-8 line comes out garbled', async () => {
    const r = await run([...jsonl, '--encoding', 'gb18030', 'mixed.txt'], { cwd });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(figures(r.stdout)).toEqual(['mixed.txt 5%', 'mixed.txt 5%']);
  });

  test('several bad inputs: one line each, in input order', async () => {
    const r = await run([...jsonl, 'missing.txt', 'a.txt', 'nul.txt', 'garbage.txt', 'b.txt', 'nothing-here'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'extract-figures: missing.txt: no such file or directory',
      'extract-figures: nul.txt: binary file (contains NUL bytes)',
      'extract-figures: garbage.txt: cannot decode: neither UTF-8 nor GB18030',
      'extract-figures: nothing-here: no .txt or .md files in this directory',
      '',
    ]);
    expect(figures(r.stdout)).toEqual(AROUND);
  });
});

describe('inputs that are fine but hold nothing', () => {
  test.each([
    ['an empty file', 'empty.txt'],
    ['a file of spaces and line breaks', 'blank.txt'],
  ])('%s: no records, no message, exit 0', async (_name, file) => {
    const r = await run([...jsonl, 'a.txt', file, 'b.txt'], { cwd });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(figures(r.stdout)).toEqual(AROUND);
    const alone = await run(['-f', 'json', file], { cwd });
    expect([alone.code, alone.stdout, alone.stderr]).toEqual([0, '[]\n', '']);
  });

  test('empty standard input', async () => {
    const r = await run(['--fields', 'text', '-'], { cwd, stdin: '' });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'text\r\n', '']);
  });
});

describe('UTF-16 with a byte-order mark is decoded', () => {
  test.each(['utf16le.txt', 'utf16be.txt'])('%s: the same records as UTF-8, the mark not counted', async (file) => {
    const fields = ['-f', 'jsonl', '--fields', 'line,column,offset,length,text,value'];
    const r = await run([...fields, file], { cwd });
    const same = await run([...fields, 'b.txt'], { cwd });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(same.stdout);
    expect(r.stdout).toContain('"offset":6,"length":6,"text":"1335亿元"');
  });

  test('UTF-16 on standard input', async () => {
    const r = await run([...jsonl], { cwd, stdin: utf16le(ORDERS) });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(figures(r.stdout)).toEqual(['- 8月21日', '- 83个']);
  });
});

describe('lone surrogates on standard input', () => {
  test('written as UTF-8 (WTF-8): an error naming standard input; the files around it are written', async () => {
    const r = await run([...jsonl, 'a.txt', '-', 'b.txt'], { cwd, stdin: LONE_SURROGATE });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, '-: not valid UTF-8: a lone surrogate on line 1');
    expect(figures(r.stdout)).toEqual(AROUND);
  });

  test('in UTF-16: not valid UTF-16LE', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('增长5%', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('。', 'utf16le')]);
    const r = await run([...jsonl, 'a.txt', '-'], { cwd, stdin: bytes });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, '-: not valid UTF-16LE text');
    expect(figures(r.stdout)).toEqual(['a.txt 8月21日', 'a.txt 83个']);
  });

  test('in a JavaScript string handed to main(): replaced by U+FFFD, the figures still found', async () => {
    const { Readable } = await import('node:stream');
    const { Capture } = await import('./helpers/io.js');
    const { main } = await import('../src/cli/main.js');
    const stdout = new Capture();
    const stderr = new Capture();
    const stdin = Readable.from(['利润增长\uD8005%，\uDC00新增订单83个。']);
    const code = await main([...jsonl, '-'], { stdout, stderr, stdin, stdoutIsTTY: false, stdinIsTTY: false, cwd });
    expect([code, stderr.text]).toEqual([0, '']);
    expect(figures(stdout.text)).toEqual(['- 5%', '- 83个']);
  });

  test('the GB18030 fallback is untouched by the check: GB18030 text still reads', async () => {
    const r = await run(['--fields', 'text', 'gb.txt'], { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'text\r\n5%\r\n', 'extract-figures: gb.txt: not UTF-8; read as GB18030\n']);
  });
});

describe('permissions (a real EACCES: as root the binary runs as nobody)', () => {
  const t = tempTree({ 'a.txt': ORDERS, 'secret.txt': REVENUE, 'locked/x.txt': REVENUE, 'b.txt': REVENUE });
  afterAll(() => {
    chmodSync(path.join(t.dir, 'secret.txt'), 0o644);
    chmodSync(path.join(t.dir, 'locked'), 0o755);
    t.cleanup();
  });
  chmodSync(t.dir, 0o755);
  for (const f of ['a.txt', 'b.txt', 'locked/x.txt']) chmodSync(path.join(t.dir, f), 0o644);
  chmodSync(path.join(t.dir, 'secret.txt'), 0o000);
  chmodSync(path.join(t.dir, 'locked'), 0o000);

  (POSIX ? test : test.skip).each([
    ['a file without read permission', 'secret.txt', 'secret.txt: permission denied'],
    ['a directory without permission', 'locked', 'locked: permission denied'],
  ])('%s', (_name, bad, message) => {
    // Root reads anything: the binary runs as nobody to meet a real permission error.
    const r = cli([...jsonl, 'a.txt', bad, 'b.txt'], { cwd: t.dir, ...(ROOT ? { uid: NOBODY } : {}) });
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, message);
    expect(figures(r.stdout)).toEqual(AROUND);
  });
});

describe('FIFOs and devices are refused, never waited on', () => {
  const mkfifo = (p: string): boolean => POSIX && spawnSync('mkfifo', [p]).status === 0;
  const fifo = path.join(dir, 'pipe.txt');
  const haveFifo = mkfifo(fifo);
  const fifoInDir = path.join(dir, 'with-fifo');
  mkdirSync(fifoInDir);
  writeFileSync(path.join(fifoInDir, 'real.txt'), ORDERS);
  const haveFifoInDir = mkfifo(path.join(fifoInDir, 'waiting.txt'));

  (haveFifo ? test : test.skip)('a FIFO nobody writes to', () => {
    const r = cli([...jsonl, 'a.txt', 'pipe.txt', 'b.txt']);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, 'pipe.txt: not a regular file (a FIFO); pipe it to standard input instead');
    expect(figures(r.stdout)).toEqual(AROUND);
  });

  (haveFifoInDir ? test : test.skip)('a FIFO in a directory or a glob is skipped', () => {
    const r = cli([...jsonl, 'with-fifo', 'with-fifo/*.txt']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(figures(r.stdout)).toEqual(['with-fifo/real.txt 8月21日', 'with-fifo/real.txt 83个', 'with-fifo/real.txt 8月21日', 'with-fifo/real.txt 83个']);
  });

  (POSIX ? test : test.skip).each([
    ['/dev/zero', 'a character device'],
    ['/dev/null', 'a character device'],
    ['/dev/urandom', 'a character device'],
  ])('%s (%s)', (device, what) => {
    const r = cli([...jsonl, 'a.txt', device, 'b.txt']);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, `${device}: not a regular file (${what}); pipe it to standard input instead`);
    expect(figures(r.stdout)).toEqual(AROUND);
  });

  (POSIX ? test : test.skip)('a device on standard input: /dev/zero is binary, and the run ends', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" -f jsonl a.txt - < /dev/zero`], { cwd, encoding: 'utf8', timeout: 30000 });
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, '-: binary file (contains NUL bytes)');
  });
});

describe('a very long line', () => {
  /**
   * One line without a break: 10 MB here (about 8 s). 100 MB takes about
   * a minute and 0.8 GB of memory (the labels of one sentence of 100 MB
   * are the slow part); set EXTRACT_FIGURES_100MB=1 to run that size.
   */
  const MB = process.env['EXTRACT_FIGURES_100MB'] === '1' ? 100 : 10;
  test(
    `${MB} MB without a line break: every figure, at its offset`,
    () => {
      const t = tempTree();
      try {
        const file = path.join(t.dir, 'long.txt');
        const fd = openSync(file, 'w');
        const head = '全年营业收入1335亿元，增长5%。';
        const filler = 'x'.repeat(1024 * 1024);
        writeSync(fd, head);
        for (let i = 0; i < MB; i++) writeSync(fd, filler);
        writeSync(fd, head);
        closeSync(fd);
        const r = cli(['-f', 'jsonl', '--fields', 'line,offset,text', 'long.txt'], { cwd: t.dir, timeout: 120000 });
        expect([r.status, r.stderr]).toEqual([0, '']);
        const tail = head.length + MB * 1024 * 1024;
        expect(r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown)).toEqual([
          { line: 1, offset: 6, text: '1335亿元' },
          { line: 1, offset: 15, text: '5%' },
          { line: 1, offset: tail + 6, text: '1335亿元' },
          { line: 1, offset: tail + 15, text: '5%' },
        ]);
      } finally {
        t.cleanup();
      }
    },
    150000,
  );
});

describe('bad bytes on standard input past the first 8 MiB', () => {
  // 8.6 MB of one figure a line, then bad bytes in the middle of a line, then more.
  const LINE = '营收为5亿元。\n';
  const lines = 430_000;
  const good = Buffer.from(LINE.repeat(lines) + '利润为3亿元');
  const tail = Buffer.from('元。\n再增5亿元。\n');

  test.each([
    ['an invalid UTF-8 byte', Buffer.from([0xff]), '-: not valid UTF-8 text (past the first 8 MiB)'],
    ['a NUL byte', Buffer.from([0x00]), '-: binary file (contains NUL bytes past the first 8 MiB)'],
  ])('%s: every record before it is written, whatever the pieces the pipe gives', async (_name, bad, message) => {
    const bytes = Buffer.concat([good, bad, tail]);
    const counts = new Set<number>();
    const { Readable } = await import('node:stream');
    const { Capture } = await import('./helpers/io.js');
    const { main } = await import('../src/cli/main.js');
    for (const pieceSize of [64 * 1024, bytes.length]) {
      const stdout = new Capture();
      const stderr = new Capture();
      const pieces: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += pieceSize) pieces.push(bytes.subarray(i, i + pieceSize));
      const code = await main(['-f', 'csv', '--fields', 'text', '-'], {
        stdout, stderr, stdin: Readable.from(pieces), stdoutIsTTY: false, stdinIsTTY: false, colorLevel: 0, env: {},
      });
      expect(code).toBe(2);
      expectOneLine(stderr.text, message);
      const rows = stdout.text.trim().split('\r\n');
      // The header, the 5亿元 of every line, and 3亿元, cut off by the bad byte after it: the figure before it is whole.
      expect(rows[0]).toBe('text');
      expect(rows.at(-1)).toBe('3亿元');
      counts.add(rows.length);
    }
    expect([...counts]).toEqual([lines + 2]);
  }, 60_000);
});
