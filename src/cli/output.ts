/**
 * Where the records go: standard output (stopping quietly when the reader
 * closes the pipe) or a file written atomically (a temporary file in the same
 * folder, renamed over the target once everything is written). A target that
 * is not a regular file (`/dev/null`, a FIFO) is written in place: renaming
 * over it would replace the device.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { chmod, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { FigureError } from '../errors.js';

export interface Output {
  /** Returns false when the caller should wait for `drain`, as `stream.write` does. */
  write(chunk: string | Uint8Array): boolean;
  /** True once the stream is gone (the reader closed the pipe, or an error): stop writing. */
  readonly closed: boolean;
  /** Waits until the stream takes more, after a `write` returned false. */
  drain(): Promise<void>;
  /** Ends the output: flushes, and for a file, renames it into place. Throws E_WRITE on failure. */
  finish(): Promise<void>;
  /** Gives up: a file output leaves the target untouched. */
  abort(): Promise<void>;
}

type Stream = NodeJS.WritableStream & { readonly closed?: boolean; readonly destroyed?: boolean };

const errno = (e: unknown): string => (e as NodeJS.ErrnoException | null)?.code ?? String(e);

/** What the common write errors mean, for the one-line message. */
const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a folder in the path is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a directory',
  EFBIG: 'file too large',
  EIO: 'input/output error',
};

/** `cannot write: no space left on device (ENOSPC)`. */
export function writeError(e: unknown, label: string): FigureError {
  if (e instanceof FigureError) return e;
  const code = errno(e);
  const meaning = WRITE_ERRORS[code];
  return new FigureError('E_WRITE', meaning ? `cannot write: ${meaning} (${code})` : `cannot write (${code})`, label);
}

/** Temporary files being written, removed by `removeTempFiles` when the process is stopped. */
const temps = new Set<string>();

/** Removes the temporary files of unfinished outputs (synchronously: for signal handlers). */
export function removeTempFiles(): void {
  for (const temp of temps) rmSync(temp, { force: true });
  temps.clear();
}

/** Resolves on the first of `events`. */
function once(stream: NodeJS.EventEmitter, events: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      for (const ev of events) stream.off(ev, done);
      resolve();
    };
    for (const ev of events) stream.on(ev, done);
  });
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Closes a file stream, flushing it first unless `destroy`. */
async function close(stream: NodeJS.WritableStream & { readonly closed: boolean; destroy(): void }, destroy: boolean): Promise<void> {
  if (stream.closed) return;
  const closing = once(stream, ['close']);
  if (destroy) stream.destroy();
  else stream.end();
  await closing;
}

/**
 * A writable stream (standard output, or any the caller injects). EPIPE means
 * the reader has all it wants: writing stops and it is not an error. `label`
 * names the stream in error messages.
 */
export function streamOutput(stream: Stream, label: string): Output {
  let closed = false;
  let failure: unknown;
  let waiting = false;
  const onError = (e: unknown): void => {
    closed = true;
    if (errno(e) !== 'EPIPE' && failure === undefined) failure = e;
  };
  const detach = (): void => {
    stream.off('error', onError);
    // Errors after we are done (a reader leaving late) are not ours to report.
    stream.on('error', () => {});
  };
  stream.on('error', onError);
  return {
    get closed() {
      return closed;
    },
    write(chunk) {
      if (closed) return true;
      try {
        const ok = stream.write(chunk);
        waiting ||= !ok;
        return ok;
      } catch (e) {
        onError(e);
        return true;
      }
    },
    async drain() {
      if (!waiting || closed) return;
      await once(stream, ['drain', 'error', 'close']);
      waiting = false;
    },
    async finish() {
      // Let a pending EPIPE arrive before deciding how it went.
      await tick();
      detach();
      if (failure !== undefined) throw writeError(failure, label);
    },
    async abort() {
      detach();
    },
  };
}

/** A file, written to `.NAME.RANDOM.tmp` beside it and renamed at the end. */
export async function fileOutput(target: string, cwd: string): Promise<Output> {
  let fsTarget = path.resolve(cwd, target);
  const info = await stat(fsTarget).catch(() => null);
  if (info?.isDirectory()) throw new FigureError('E_WRITE', 'cannot write: is a directory', target);
  if (info && !info.isFile()) return inPlaceOutput(fsTarget, target);
  // Through a symbolic link: replace the file it points to, not the link.
  if (info) fsTarget = await realpath(fsTarget).catch(() => fsTarget);
  const temp = path.join(path.dirname(fsTarget), `.${path.basename(fsTarget)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx');
  } catch (e) {
    throw writeError(e, target);
  }
  temps.add(temp);
  const stream = handle.createWriteStream();
  const inner = streamOutput(stream, target);
  const removeTemp = async (): Promise<void> => {
    await rm(temp, { force: true });
    temps.delete(temp);
  };
  return around(inner, {
    async finish() {
      await close(stream, false);
      try {
        await inner.finish();
        // Keep the permissions of a file we replace.
        const old = await stat(fsTarget).catch(() => null);
        if (old) await chmod(temp, old.mode & 0o7777);
        await rename(temp, fsTarget);
        temps.delete(temp);
      } catch (e) {
        await removeTemp();
        throw writeError(e, target);
      }
    },
    async abort() {
      await inner.abort();
      await close(stream, true);
      await removeTemp();
    },
  });
}

/** A device or a FIFO (`-o /dev/null`): written in place, as a shell redirection would. */
async function inPlaceOutput(fsTarget: string, target: string): Promise<Output> {
  let handle;
  try {
    handle = await open(fsTarget, 'w');
  } catch (e) {
    throw writeError(e, target);
  }
  const stream = handle.createWriteStream();
  const inner = streamOutput(stream, target);
  return around(inner, {
    async finish() {
      await close(stream, false);
      await inner.finish();
    },
    async abort() {
      await inner.abort();
      await close(stream, true);
    },
  });
}

/** An output that writes through `inner` and ends its own way (closing its file, renaming it). */
function around(inner: Output, ends: Pick<Output, 'finish' | 'abort'>): Output {
  return {
    get closed() {
      return inner.closed;
    },
    write: (chunk) => inner.write(chunk),
    drain: () => inner.drain(),
    finish: () => ends.finish(),
    abort: () => ends.abort(),
  };
}
