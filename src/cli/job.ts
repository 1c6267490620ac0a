/**
 * One input, start to end: read it in pieces, decode, extract, and tell what
 * happens as events (records as they are found, a warning, an error, bytes
 * read). The same function runs in the main thread and in a worker thread
 * (worker.ts), so `--jobs N` gives exactly what `--jobs 1` gives.
 */
import { FigureError, type ErrorCode } from '../errors.js';
import { type Encoding } from '../decode.js';
import type { FigureRecord, Kind, RefDate } from '../types.js';
import type { Input } from './inputs.js';
import { readText } from './read.js';

/** What a job needs besides its input; plain data, so it crosses to a worker. */
export interface JobOptions {
  readonly encoding: Encoding;
  readonly kinds: readonly Kind[] | undefined;
  readonly refDate: RefDate | undefined;
  /** Read `label` and `period` (default true; false when --fields leaves both out: they cost about as much as the rest). */
  readonly labels?: boolean | undefined;
  /** Bytes read at a time (tests make it tiny). */
  readonly chunkSize?: number | undefined;
  /** Files up to this many bytes are read at once (default SMALL_FILE); tests make it 0 to stream every file. */
  readonly smallFile?: number | undefined;
  /** UTF-16 units the extractor gathers before it works (tests make it tiny). */
  readonly segmentSize?: number | undefined;
}

export type JobEvent =
  | { readonly type: 'records'; readonly records: FigureRecord[] }
  /** Decoded bytes so far in this input (for progress). */
  | { readonly type: 'bytes'; readonly bytes: number }
  | { readonly type: 'warn'; readonly message: string }
  | { readonly type: 'error'; readonly code: ErrorCode; readonly message: string; readonly path?: string | undefined }
  | { readonly type: 'internal'; readonly message: string; readonly stack?: string | undefined };

/** Called with each event in order; may return a promise to slow the job down (backpressure). */
export type Emit = (event: JobEvent) => void | Promise<void>;

/** Runs one input to its end; every problem is an event, nothing is thrown. */
export async function runJob(
  input: Input,
  stdin: AsyncIterable<unknown>,
  options: JobOptions,
  emit: Emit,
  /** Aborted: stop reading (the output has gone away). */
  signal?: AbortSignal,
): Promise<void> {
  let bytes = 0;
  const pending: JobEvent[] = [];
  let extractor: import('../pipeline.js').Extractor | undefined;
  try {
    // Loaded on first use: it takes a while, and with --jobs the main thread never extracts.
    const { createExtractor } = await import('../pipeline.js');
    extractor = createExtractor({
      file: input.path,
      kinds: options.kinds,
      refDate: options.refDate,
      labels: options.labels,
      segmentSize: options.segmentSize,
    });
    const pieces = readText(input, stdin, {
      encoding: options.encoding,
      chunkSize: options.chunkSize,
      smallFile: options.smallFile,
      onEncoding: (label) => {
        if (options.encoding === 'auto' && label === 'gb18030') pending.push({ type: 'warn', message: `${input.path}: not UTF-8; read as GB18030` });
      },
      onBytes: (n) => {
        bytes += n;
      },
    });
    for await (const piece of pieces) {
      if (signal?.aborted) return;
      for (const event of pending.splice(0)) await emit(event);
      const records = extractor.push(piece);
      if (records.length) await emit({ type: 'records', records });
      await emit({ type: 'bytes', bytes });
    }
    for (const event of pending.splice(0)) await emit(event);
    if (signal?.aborted) return;
    const records = extractor.end();
    extractor = undefined;
    if (records.length) await emit({ type: 'records', records });
    await emit({ type: 'bytes', bytes });
  } catch (e) {
    if (e instanceof FigureError) {
      // Bad bytes past the first 8 MiB of standard input: the records of the text before them first
      // (a file's problems are found before any text, and the extractor is then empty).
      if (extractor && !signal?.aborted) {
        try {
          const records = extractor.end();
          if (records.length) await emit({ type: 'records', records });
        } catch {
          // What could not be read to its end is reported below all the same.
        }
      }
      await emit({ type: 'error', code: e.code, message: e.message, path: e.path });
    }
    else await emit({ type: 'internal', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
  }
}
