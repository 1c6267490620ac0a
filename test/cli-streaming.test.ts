/**
 * The CLI reads in chunks (down to one byte) and gives byte for byte what a
 * whole read gives: every fixture and seed page, in every encoding, in every
 * format, from a file and from standard input. Also: files that are UTF-8
 * only part-way, NUL bytes late in a file, and the progress bar (only on a
 * terminal, never on standard output).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { extractFigures } from '../src/pipeline.js';
import { decode } from '../src/decode.js';
import { run, tempTree } from './helpers/io.js';
import { PAGE_FILES } from './helpers/pages.js';

const docs = PAGE_FILES;

/** A GB18030 encoder for the two-byte range (all of GBK), built from the decoder. */
const GB = (() => {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(Uint8Array.from([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
})();

/** `text` in GB18030, or null when a character is outside the two-byte range. */
function toGb18030(text: string): Uint8Array | null {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (GB.has(ch)) out.push(...GB.get(ch)!);
    else return null;
  }
  return Uint8Array.from(out);
}

/** Each document in each encoding the CLI reads. */
const variants: Record<string, Uint8Array> = {};
for (const doc of docs) {
  const text = decode(readFileSync(doc)).replace(/^\uFEFF/, '');
  const name = path.basename(doc, '.txt');
  variants[`${name}.utf8.txt`] = Buffer.from(text, 'utf8');
  variants[`${name}.bom.txt`] = Buffer.from(`\uFEFF${text}`, 'utf8');
  variants[`${name}.utf16le.txt`] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const gb = toGb18030(text);
  if (gb) variants[`${name}.gb.txt`] = gb;
}
// UTF-8 for a long while, then GB18030: the whole file is GB18030 (read again from the start), no record twice.
const LATE_GB = Buffer.concat([Buffer.from('Revenue rose 5% in 2024.\n'.repeat(40)), toGb18030('利润增长5%。\n')!]);
// A NUL byte far into the file: binary, nothing written.
const LATE_NUL = Buffer.concat([Buffer.from('全年营业收入1335亿元。\n'.repeat(100)), Buffer.from([0])]);

const tree = tempTree({ ...variants, 'late-gb.txt': LATE_GB, 'late-nul.txt': LATE_NUL });
afterAll(() => tree.cleanup());
const cwd = tree.dir;
const names = Object.keys(variants).sort();

const WHOLE = { chunkSize: 1 << 30, segmentSize: 1 << 30 };
/** [bytes read at a time, UTF-16 units per extractor segment]. */
const SIZES: [number, number][] = [
  [1, 1],
  [2, 7],
  [3, 64],
  [64, 16],
  [1000, 256],
];
/** The seed pages are larger: fewer sizes, and not every encoding for the smallest chunks. */
const isFixture = (name: string): boolean => !/^\d{3}_/.test(name);
const sizesFor = (name: string): [number, number][] =>
  isFixture(name) ? SIZES : name.endsWith('.utf8.txt') || name.endsWith('.gb.txt') ? [[1, 3], [1000, 256]] : [[13, 100]];

/** The small chunks make these slow under jest. */
const SLOW = 120_000;

describe('chunked reads give the output of a whole read, byte for byte', () => {
  test('there are documents in several encodings', () => {
    expect(docs.length).toBeGreaterThanOrEqual(4);
    expect(names.filter((n) => n.endsWith('.gb.txt')).length).toBeGreaterThanOrEqual(4);
  });

  test.each(names)('%s: chunk sizes down to one byte, jsonl', async (name) => {
    const whole = await run(['-f', 'jsonl', name], { cwd, ...WHOLE });
    expect(whole.code).toBe(0);
    expect(whole.stdout.length).toBeGreaterThan(0);
    // The whole read is the library's result on the decoded text.
    const expected = extractFigures(decode(variants[name]!), { file: name }).map((r) => JSON.stringify(r));
    expect(whole.stdout.trimEnd().split('\n')).toEqual(expected);
    for (const [k, [chunkSize, segmentSize]] of sizesFor(name).entries()) {
      // Every other size streams the file rather than reading it at once (as files over 1 MiB are).
      const smallFile = k % 2 === 0 ? undefined : 0;
      const chunked = await run(['-f', 'jsonl', name], { cwd, chunkSize, segmentSize, smallFile });
      expect({ chunkSize, segmentSize, out: chunked.stdout }).toEqual({ chunkSize, segmentSize, out: whole.stdout });
      expect(chunked.stderr).toBe(whole.stderr);
    }
  }, SLOW);

  test.each(['csv', 'tsv', 'json', 'table'])('every fixture in every encoding, %s, small chunks', async (format) => {
    const fixtures = names.filter(isFixture);
    const whole = await run(['-f', format, ...fixtures], { cwd, ...WHOLE });
    for (const [chunkSize, segmentSize] of [[3, 5], [61, 200]] as const) {
      const chunked = await run(['-f', format, ...fixtures], { cwd, chunkSize, segmentSize });
      expect(chunked.stdoutBytes.equals(whole.stdoutBytes)).toBe(true);
      expect(chunked.stderr).toBe(whole.stderr);
    }
  }, SLOW);

  test.each(names.filter((n) => isFixture(n) || n.startsWith('000_')))('%s from standard input, small chunks', async (name) => {
    const file = await run(['-f', 'jsonl', name], { cwd, ...WHOLE });
    const stdin = await run(['-f', 'jsonl'], { cwd, stdin: variants[name]!, chunkSize: 2, segmentSize: 3 });
    expect(stdin.stdout).toBe(file.stdout.replaceAll(`"file":${JSON.stringify(name)}`, '"file":"-"'));
  }, SLOW);
});

describe('encodings decided before anything is written', () => {
  test('UTF-8 for 1000 bytes, then GB18030: read as GB18030 from the start', async () => {
    // Read at once (a small file) and streamed twice (as a file over 1 MiB is).
    for (const [chunkSize, smallFile] of [[1, 0], [100, 0], [1 << 20, undefined]] as const) {
      const r = await run(['-f', 'jsonl', '--fields', 'line,text', 'late-gb.txt'], { cwd, chunkSize, smallFile });
      expect(r.stderr).toBe('extract-figures: late-gb.txt: not UTF-8; read as GB18030\n');
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(41);
      expect(lines.at(-1)).toBe('{"line":41,"text":"5%"}');
      expect(new Set(lines).size).toBe(41);
    }
  });

  test('a NUL byte late in a file: binary, no record written', async () => {
    for (const smallFile of [undefined, 0]) {
      const r = await run(['-f', 'jsonl', 'late-nul.txt'], { cwd, chunkSize: 16, smallFile });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'extract-figures: late-nul.txt: binary file (contains NUL bytes)\n']);
    }
  });
});

describe('progress bar', () => {
  /** A clock that moves two seconds at every look. */
  const slowClock = (): (() => number) => {
    let t = 0;
    return () => (t += 2000);
  };
  const utf8 = names.filter((n) => isFixture(n) && n.endsWith('.utf8.txt'));
  const args = ['-f', 'jsonl', '-j', '1', ...utf8];

  test('on a terminal, for long work: on standard error only, cleared at the end', async () => {
    const plain = await run(args, { cwd, stderrIsTTY: false });
    const r = await run(args, { cwd, stderrIsTTY: true, now: slowClock(), chunkSize: 64 });
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stdout).not.toContain('\r');
    expect(r.stderr.startsWith('\rextract-figures: [')).toBe(true);
    expect(r.stderr).toMatch(/\] {2}\d\/4 files {2}[\d.]+\/[\d.]+ MB {2}[\d.]+ MB\/s {2}\d+:\d\d left\x1b\[K/);
    expect(r.stderr).toContain('4/4 files');
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(r.stderr).not.toContain('\n');
  });

  test('a warning clears the bar first', async () => {
    const gb = names.filter((n) => isFixture(n) && n.endsWith('.gb.txt'));
    const r = await run(['-f', 'jsonl', 'late-gb.txt', ...gb], { cwd, stderrIsTTY: true, now: slowClock(), chunkSize: 64 });
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(gb.length + 2);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/^(?:[^]*\r\x1b\[K)?extract-figures: [^\r\x1b]*: not UTF-8; read as GB18030$/);
    }
  });

  test.each([
    ['not on a pipe', [], false],
    ['not with --no-progress', ['--no-progress'], true],
    ['not with --quiet', ['-q'], true],
  ])('%s', async (_what, extra, tty) => {
    const r = await run([...args, ...extra], { cwd, stderrIsTTY: tty, now: slowClock() });
    expect(r.stderr).toBe('');
  });

  test('not when the work is short', async () => {
    const r = await run(args, { cwd, stderrIsTTY: true, now: () => 0 });
    expect(r.stderr).toBe('');
  });
});
