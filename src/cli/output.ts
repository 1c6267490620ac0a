/**
 * Where the records go: standard output (stopping quietly when the reader
 * closes the pipe) or a file written atomically (a temporary file in the same
 * folder, renamed over the target once everything is written).
 */
import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { FigureError } from '../errors.js';
import type { Sink } from '../writers/index.js';

export interface Output extends Sink {
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
      if (failure !== undefined) throw new FigureError('E_WRITE', `cannot write (${errno(failure)})`, label);
    },
    async abort() {
      detach();
    },
  };
}

/** A file, written to `.NAME.RANDOM.tmp` beside it and renamed at the end. */
export async function fileOutput(target: string, cwd: string): Promise<Output> {
  const fsTarget = path.resolve(cwd, target);
  const temp = path.join(path.dirname(fsTarget), `.${path.basename(fsTarget)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx');
  } catch (e) {
    throw new FigureError('E_WRITE', `cannot write (${errno(e)})`, target);
  }
  const stream = handle.createWriteStream();
  const inner = streamOutput(stream, target);
  /** Closes the temporary file (flushing it first unless `destroy`). */
  const close = async (destroy: boolean): Promise<void> => {
    if (stream.closed) return;
    const closing = once(stream, ['close']);
    if (destroy) stream.destroy();
    else stream.end();
    await closing;
  };
  return {
    get closed() {
      return inner.closed;
    },
    write: (chunk) => inner.write(chunk),
    drain: () => inner.drain(),
    async finish() {
      await close(false);
      try {
        await inner.finish();
        // Keep the permissions of a file we replace.
        const old = await stat(fsTarget).catch(() => null);
        if (old) await chmod(temp, old.mode & 0o7777);
        await rename(temp, fsTarget);
      } catch (e) {
        await rm(temp, { force: true });
        throw e instanceof FigureError ? e : new FigureError('E_WRITE', `cannot write (${errno(e)})`, target);
      }
    },
    async abort() {
      await inner.abort();
      await close(true);
      await rm(temp, { force: true });
    },
  };
}
