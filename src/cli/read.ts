/**
 * Reading an input as text in pieces, with bounded memory, decoded exactly as
 * `decodeBytes` decodes the whole input:
 *
 * - A file is read twice: a quick first pass over its bytes (NUL bytes,
 *   UTF-8 validity with `isUtf8`, GB18030 only when it is not UTF-8) decides
 *   the encoding before anything is written, so a file that turns out not to
 *   be UTF-8 part-way is read again from the start as GB18030 and no record
 *   is ever written twice. The second pass decodes with a streaming
 *   `TextDecoder` and yields the text piece by piece.
 * - Standard input cannot be read twice: its first `STDIN_PROBE` bytes are
 *   held and decide (exactly, when the input is no longer than that). Past
 *   them, a NUL byte or bytes that are not valid in the chosen encoding stop
 *   the input with an error after the records before them were written.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { type Encoding, Utf8Lines } from '../decode.js';
import { FigureError } from '../errors.js';
import type { Input } from './inputs.js';

/** Bytes read at a time (default). */
export const CHUNK_SIZE = 256 * 1024;
/** Bytes of standard input held to decide its encoding. */
export const STDIN_PROBE = 8 * 1024 * 1024;

export type Label = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Byte-order marks and the decoder each one selects (as in decode.ts). */
const BOMS: readonly { bytes: readonly number[]; label: Label }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { bytes: [0xff, 0xfe], label: 'utf-16le' },
  { bytes: [0xfe, 0xff], label: 'utf-16be' },
];

const bomOf = (head: Uint8Array): Label | undefined =>
  BOMS.find((b) => head.length >= b.bytes.length && b.bytes.every((x, i) => head[i] === x))?.label;

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** A source of bytes that can be read from the start again (a file), or once (standard input). */
type Source = () => AsyncIterable<Uint8Array>;

/**
 * Files up to this size are read whole, at once, and both passes read those
 * bytes. A stream costs several trips through the event loop (open, reads,
 * close) for each of the two passes: with a thousand small files the main
 * thread sat idle a third of the time. A read of a megabyte at once blocks
 * for well under a millisecond.
 */
export const SMALL_FILE = 1024 * 1024;

function fileSource(input: Extract<Input, { kind: 'file' }>, chunkSize: number, smallFile: number): Source {
  const whole = readSmallFile(input, smallFile);
  if (whole) {
    return async function* () {
      for (let i = 0; i < whole.length; i += chunkSize) yield whole.subarray(i, i + chunkSize);
    };
  }
  // Small chunks (tests) are cut from reads of a sensible size.
  const highWaterMark = Math.max(chunkSize, 64 * 1024);
  return () => readStream(createReadStream(input.fsPath, { highWaterMark }), input.path, chunkSize);
}

/** The bytes of a regular file of at most `smallFile` bytes, or null (larger, or not a regular file: streamed). */
function readSmallFile(input: Extract<Input, { kind: 'file' }>, smallFile: number): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(input.fsPath, 'r');
  } catch (e) {
    throw readError(e, input.path);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > smallFile) return null;
    // One byte more than its size: a file that grew since is streamed instead.
    const bytes = Buffer.allocUnsafe(info.size + 1);
    let n = 0;
    for (let got = 1; got > 0 && n < bytes.length; n += got) got = readSync(fd, bytes, n, bytes.length - n, null);
    return n > info.size ? null : bytes.subarray(0, n);
  } catch (e) {
    throw readError(e, input.path);
  } finally {
    closeSync(fd);
  }
}

/** Chunks of a stream as bytes, at most `chunkSize` each; read errors as FigureErrors. */
async function* readStream(stream: AsyncIterable<unknown>, path: string, chunkSize: number): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    }
  } catch (e) {
    throw readError(e, path);
  }
}

function readError(e: unknown, path: string): FigureError {
  if (e instanceof FigureError) return e;
  const code = errno(e);
  if (path === '-') return new FigureError('E_READ', `cannot read standard input (${code ?? String(e)})`, '-');
  if (code === 'ENOENT') return new FigureError('E_NOT_FOUND', 'no such file or directory', path);
  if (code === 'EACCES' || code === 'EPERM') return new FigureError('E_READ', 'permission denied', path);
  if (code === 'EISDIR') return new FigureError('E_READ', 'is a directory', path);
  return new FigureError('E_READ', `cannot read (${code ?? String(e)})`, path);
}

/** UTF-8 validity over chunks: a sequence cut by a chunk border is checked whole. */
class Utf8Check {
  private carry: Uint8Array = new Uint8Array(0);
  valid = true;

  add(chunk: Uint8Array): void {
    if (!this.valid) return;
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeEnd(data);
    if (!isUtf8(data.subarray(0, cut))) this.valid = false;
    this.carry = Uint8Array.from(data.subarray(cut));
  }

  /** `complete`: the input ends here (an unfinished sequence is invalid). */
  end(complete = true): boolean {
    if (complete && this.carry.length) this.valid = false;
    return this.valid;
  }
}

/** Where the last complete UTF-8 sequence of `data` ends (before an unfinished one). */
function completeEnd(data: Uint8Array): number {
  const n = data.length;
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const b = data[i]!;
    if (b < 0x80) return n;
    if (b < 0xc0) continue; // continuation byte
    const need = b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf8 ? 4 : 1;
    return n - i < need ? i : n;
  }
  return n;
}

/** Strict streaming validity in an encoding that needs a real decoder. */
class DecodeCheck {
  private readonly decoder: TextDecoder;
  valid = true;
  constructor(label: Label) {
    this.decoder = new TextDecoder(label, { fatal: true });
  }
  add(chunk: Uint8Array): void {
    if (!this.valid) return;
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.valid = false;
    }
  }
  end(complete = true): boolean {
    if (this.valid && complete) {
      try {
        this.decoder.decode();
      } catch {
        this.valid = false;
      }
    }
    return this.valid;
  }
}

/** What the first pass found. */
interface Probe {
  bom: Label | undefined;
  nul: boolean;
  utf8: boolean;
}

/** One pass over `chunks`: BOM, NUL bytes, UTF-8 validity (or validity in the BOM's encoding). */
async function probe(chunks: AsyncIterable<Uint8Array>, complete: boolean): Promise<Probe> {
  let head = new Uint8Array(0);
  let bom: Label | undefined;
  let decided = false;
  let nul = false;
  let check: Utf8Check | DecodeCheck = new Utf8Check();
  const feed = (chunk: Uint8Array): void => {
    if (!nul && chunk.includes(0)) nul = true;
    check.add(chunk);
  };
  for await (const chunk of chunks) {
    if (decided) {
      feed(chunk);
      continue;
    }
    // The first three bytes decide the byte-order mark.
    head = Buffer.concat([head, chunk]);
    if (head.length < 3) continue;
    decided = true;
    bom = bomOf(head);
    if (bom && bom !== 'utf-8') check = new DecodeCheck(bom);
    feed(head);
  }
  if (!decided) {
    bom = bomOf(head);
    if (bom && bom !== 'utf-8') check = new DecodeCheck(bom);
    feed(head);
  }
  return { bom, nul, utf8: check.end(complete) };
}

async function validIn(label: Label, chunks: AsyncIterable<Uint8Array>, complete: boolean): Promise<boolean> {
  const check = new DecodeCheck(label);
  for await (const chunk of chunks) {
    check.add(chunk);
    if (!check.valid) return false;
  }
  return check.end(complete);
}

/** Before falling back to GB18030: bytes that are UTF-8 in places are mixed or broken UTF-8 (see Utf8Lines). */
async function notMixed(chunks: AsyncIterable<Uint8Array>, path: string): Promise<void> {
  const lines = new Utf8Lines();
  for await (const chunk of chunks) lines.add(chunk);
  lines.end();
  const problem = lines.problem();
  if (problem) throw new FigureError('E_DECODE', problem, path);
}

/** The decision `decodeBytes` takes on the whole input, from passes over `source`. */
async function decide(source: Source, encoding: Encoding, path: string, complete: boolean): Promise<{ label: Label; bom: boolean }> {
  const p = await probe(source(), complete);
  if (p.bom) {
    // With a BOM, `utf8` is the validity in the BOM's encoding.
    if (!p.utf8) throw new FigureError('E_DECODE', `not valid ${p.bom.toUpperCase()} text`, path);
    return { label: p.bom, bom: true };
  }
  if (p.nul) throw new FigureError('E_BINARY', 'binary file (contains NUL bytes)', path);
  const tries = encoding === 'auto' ? (['utf-8', 'gb18030'] as const) : ([encoding] as const);
  for (const label of tries) {
    if (label === 'gb18030' && encoding === 'auto') await notMixed(source(), path);
    if (label === 'utf-8' ? p.utf8 : await validIn(label, source(), complete)) return { label, bom: false };
  }
  const message = encoding === 'auto' ? 'cannot decode: neither UTF-8 nor GB18030' : `not valid ${encoding.toUpperCase()} text`;
  throw new FigureError('E_DECODE', message, path);
}

export interface ReadOptions {
  readonly encoding: Encoding;
  /** Bytes read at a time (default CHUNK_SIZE); tests make it tiny. */
  readonly chunkSize?: number | undefined;
  /** Files up to this many bytes are read at once (default SMALL_FILE); 0 streams every file. */
  readonly smallFile?: number | undefined;
  /** Told the encoding once it is decided, before any text. */
  readonly onEncoding?: (label: Label) => void;
  /** Told the bytes of each piece as it is decoded. */
  readonly onBytes?: (bytes: number) => void;
}

/**
 * The decoded text of an input, in pieces; throws FigureErrors (E_NOT_FOUND,
 * E_READ, E_BINARY, E_DECODE) — for a file always before the first piece.
 */
export async function* readText(input: Input, stdin: AsyncIterable<unknown>, options: ReadOptions): AsyncGenerator<string> {
  const chunkSize = Math.max(1, options.chunkSize ?? CHUNK_SIZE);
  let probeSource: Source;
  let source: Source;
  let complete = true;
  if (input.kind === 'stdin') {
    const held = await holdStdin(stdin, chunkSize);
    probeSource = held.probe;
    source = held.all;
    complete = held.complete;
  } else {
    probeSource = source = fileSource(input, chunkSize, options.smallFile ?? SMALL_FILE);
  }
  const { label, bom } = await decide(probeSource, options.encoding, input.path, complete);
  options.onEncoding?.(label);
  const decoder = new TextDecoder(label, { fatal: true });
  const fail = (): FigureError =>
    new FigureError('E_DECODE', `not valid ${label.toUpperCase()} text (past the first ${STDIN_PROBE / 1024 / 1024} MiB)`, input.path);
  let previous: Uint8Array | null = null;
  for await (const chunk of source()) {
    // Files were checked whole; standard input only up to STDIN_PROBE. Past it, the text before
    // the bad bytes is still given, so the records before them are written (README, exit codes).
    const nul = !complete && !bom ? chunk.indexOf(0) : -1;
    if (nul >= 0) {
      const before = salvage(label, previous, chunk.subarray(0, nul));
      if (before) yield before;
      throw new FigureError('E_BINARY', `binary file (contains NUL bytes past the first ${STDIN_PROBE / 1024 / 1024} MiB)`, input.path);
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const before = salvage(label, previous, chunk);
      if (before) yield before;
      throw fail();
    }
    previous = chunk;
    options.onBytes?.(chunk.length);
    if (text) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw fail();
  }
  if (rest) yield rest;
}

/**
 * The text of `bytes` up to the first byte that is not valid in `label`, as
 * the streaming decoder would have given it after `previous` (whose unfinished
 * UTF-8 sequence it still holds). A U+FFFD written in the input itself ends it
 * early too: what is lost is no more than the rest of one chunk.
 */
function salvage(label: Label, previous: Uint8Array | null, bytes: Uint8Array): string {
  const carry = label === 'utf-8' && previous ? previous.subarray(completeEnd(previous)) : new Uint8Array(0);
  const text = new TextDecoder(label).decode(carry.length ? Buffer.concat([carry, bytes]) : bytes, { stream: true });
  const bad = text.indexOf('\uFFFD');
  return bad < 0 ? text : text.slice(0, bad);
}

/** Standard input: its first STDIN_PROBE bytes held (`probe`, as often as needed), then all of it, once. */
async function holdStdin(stdin: AsyncIterable<unknown>, chunkSize: number): Promise<{ probe: Source; all: Source; complete: boolean }> {
  const it = readStream(stdin, '-', chunkSize)[Symbol.asyncIterator]();
  const held: Uint8Array[] = [];
  let size = 0;
  let complete = false;
  while (size < STDIN_PROBE) {
    const next = await it.next();
    if (next.done) {
      complete = true;
      break;
    }
    held.push(next.value);
    size += next.value.length;
  }
  const probe: Source = async function* () {
    yield* held;
  };
  const all: Source = async function* () {
    yield* held.splice(0);
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  };
  return { probe, all, complete };
}
