/**
 * From the paths on the command line to the inputs to read, in the order
 * given: `-` is standard input, a file is itself, a directory is its files
 * with the chosen extensions (recursively, sorted), and a path that does not
 * exist but has `*`, `?` or `[` is a glob pattern (its files, sorted).
 */
import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { FigureError } from '../errors.js';
import { expandGlob, filesUnder, hasMagic } from './glob.js';

export type Input =
  /** `path` as the user wrote it (it is the `file` field); `fsPath` to open. */
  | { readonly kind: 'file'; readonly path: string; readonly fsPath: string }
  | { readonly kind: 'stdin'; readonly path: '-' };

export interface InputOptions {
  /** Extensions to look for in directories, lower case, without the dot. */
  readonly exts: readonly string[];
  readonly cwd: string;
}

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

const SEP = process.platform === 'win32' ? path.sep : '/';

/** A directory as written, ready to have names appended. */
const asPrefix = (dir: string): string =>
  /[\\/]$/.test(dir) || (process.platform === 'win32' && /^[a-z]:$/i.test(dir)) ? dir : dir + SEP;

const extList = (exts: readonly string[]): string => exts.map((e) => `.${e}`).join(' or ');

/** What a path that is neither a file nor a directory is, for the message. */
function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

/** Expands one command-line path. Problems are yielded, not thrown. */
async function* expand(p: string, options: InputOptions): AsyncGenerator<Input | FigureError> {
  if (p === '-') {
    yield { kind: 'stdin', path: '-' };
    return;
  }
  const fsPath = path.resolve(options.cwd, p);
  let info;
  try {
    info = await stat(fsPath);
  } catch (e) {
    const code = errno(e);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      yield new FigureError('E_READ', `cannot read (${code ?? String(e)})`, p);
      return;
    }
    if (!hasMagic(p)) {
      yield new FigureError('E_NOT_FOUND', 'no such file or directory', p);
      return;
    }
    const files = await expandGlob(p, options.cwd);
    if (files.length === 0) yield new FigureError('E_NO_FILES', 'no files match this pattern', p);
    for (const f of files) yield { kind: 'file', path: f, fsPath: path.resolve(options.cwd, f) };
    return;
  }
  if (info.isFile()) {
    yield { kind: 'file', path: p, fsPath };
    return;
  }
  if (!info.isDirectory()) {
    // A FIFO may never end (or never open), a device such as /dev/zero never ends: not read.
    yield new FigureError('E_READ', `not a regular file (${specialKind(info)}); pipe it to standard input instead`, p);
    return;
  }
  // A directory that cannot be listed is an error, not an empty directory.
  try {
    await readdir(fsPath);
  } catch (e) {
    const code = errno(e);
    yield new FigureError('E_READ', code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read (${code ?? String(e)})`, p);
    return;
  }
  const wanted = new Set(options.exts);
  const accept = (name: string): boolean => wanted.has(path.extname(name).slice(1).toLowerCase());
  const files = await filesUnder(fsPath, asPrefix(p), accept, SEP);
  if (files.length === 0) yield new FigureError('E_NO_FILES', `no ${extList(options.exts)} files in this directory`, p);
  for (const f of files) yield { kind: 'file', path: f, fsPath: path.resolve(options.cwd, f) };
}

/** All inputs, in command-line order. */
export async function* expandInputs(paths: readonly string[], options: InputOptions): AsyncGenerator<Input | FigureError> {
  for (const p of paths) yield* expand(p, options);
}

/** Everything a readable stream gives, as bytes. */
export async function readAll(stream: AsyncIterable<unknown>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The bytes of a file; a FigureError `E_NOT_FOUND` or `E_READ` when it cannot be read. */
export async function readBytes(input: Input, stdin: AsyncIterable<unknown>): Promise<Uint8Array> {
  if (input.kind === 'stdin') {
    try {
      return await readAll(stdin);
    } catch (e) {
      throw new FigureError('E_READ', `cannot read standard input (${errno(e) ?? String(e)})`, '-');
    }
  }
  try {
    return await readFile(input.fsPath);
  } catch (e) {
    const code = errno(e);
    if (code === 'ENOENT') throw new FigureError('E_NOT_FOUND', 'no such file or directory', input.path);
    if (code === 'EACCES' || code === 'EPERM') throw new FigureError('E_READ', 'permission denied', input.path);
    if (code === 'EISDIR') throw new FigureError('E_READ', 'is a directory', input.path);
    throw new FigureError('E_READ', `cannot read (${code ?? String(e)})`, input.path);
  }
}
