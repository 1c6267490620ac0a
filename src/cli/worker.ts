/**
 * A worker thread of `--jobs N` (see jobs.ts): runs the files it is given,
 * one at a time, turns their records into the text of the output format (the
 * text of a record does not depend on other files: see Layout) and posts it
 * back as bytes, moved rather than copied. The main thread only writes. Once
 * UNWRITTEN bytes are posted and not yet written, the worker waits for the
 * main thread to write some, so files done early but waiting their turn do
 * not pile up in memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { createLayout, type Format, formatAll, type WriterOptions } from '../writers/index.js';
import type { Input } from './inputs.js';
import { type JobEvent, type JobOptions, runJob } from './job.js';

/** Bytes of text a worker may have posted that the main thread has not written yet. */
export const UNWRITTEN = 8 * 1024 * 1024;

export interface WorkerData {
  readonly job: JobOptions;
  readonly format: Format;
  /** Without `bom`: the head of the output is the main thread's. */
  readonly writer: WriterOptions;
  /** Instead of UNWRITTEN (tests make it tiny). */
  readonly unwritten?: number | undefined;
}

/** The text of some records of a file, UTF-8 encoded, each record's text starting with the layout's `between`. */
export interface TextEvent {
  readonly type: 'text';
  readonly text: Uint8Array;
}

/** What the main thread gets of a file: its records as text, and the rest of its events. */
export type WorkerEvent = Exclude<JobEvent, { readonly type: 'records' }> | TextEvent;

/** From the main thread: a file to run, or `bytes` of this worker's text written. */
export type ToWorker = { readonly type: 'task'; readonly id: number; readonly input: Input } | { readonly type: 'ack'; readonly bytes: number };
/** To the main thread: an event of task `id`, or its end. */
export type FromWorker = { readonly id: number; readonly event: WorkerEvent } | { readonly id: number; readonly done: true };

if (parentPort) {
  const port = parentPort;
  const { job, format, writer, unwritten: limit = UNWRITTEN } = workerData as WorkerData;
  const layout = createLayout(format, writer);
  const encoder = new TextEncoder();
  const noStdin = Readable.from([]);
  let unwritten = 0;
  let wake: (() => void) | null = null;
  const queue: { id: number; input: Input }[] = [];
  let busy = false;

  const next = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
      const { id, input } = task;
      // Each file starts afresh, as in the main thread (see main.ts).
      const textOf = layout.records();
      await runJob(input, noStdin, job, async (event) => {
        if (event.type !== 'records') {
          port.postMessage({ id, event } satisfies FromWorker);
          return;
        }
        await formatAll(event.records, textOf, async (chars) => {
          const text = encoder.encode(chars);
          if (text.length === 0) return;
          // Counted before the post: moving the buffer empties `text` here.
          unwritten += text.length;
          port.postMessage({ id, event: { type: 'text', text } } satisfies FromWorker, [text.buffer]);
          while (unwritten >= limit) await new Promise<void>((resolve) => (wake = resolve));
        });
      });
      port.postMessage({ id, done: true } satisfies FromWorker);
    }
    busy = false;
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'ack') {
      unwritten -= message.bytes;
      const w = wake;
      wake = null;
      w?.();
      return;
    }
    queue.push({ id: message.id, input: message.input });
    void next();
  });
}
