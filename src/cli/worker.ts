/**
 * A worker thread of `--jobs N` (see jobs.ts): runs the files it is given,
 * one at a time, and posts their events back. After a few batches of records
 * it waits for the main thread to say it wrote them, so a file that is done
 * early but must wait its turn does not pile up in memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Readable } from 'node:stream';
import type { Input } from './inputs.js';
import { type JobEvent, type JobOptions, runJob } from './job.js';

/** Batches of records in flight before the worker waits. */
export const CREDIT = 4;

/** From the main thread. */
export type ToWorker = { readonly type: 'task'; readonly id: number; readonly input: Input } | { readonly type: 'ack'; readonly id: number };
/** To the main thread: an event of task `id`, or its end. */
export type FromWorker = { readonly id: number; readonly event: JobEvent } | { readonly id: number; readonly done: true };

if (parentPort) {
  const port = parentPort;
  const options = workerData as JobOptions;
  const noStdin = Readable.from([]);
  let current = -1;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const queue: { id: number; input: Input }[] = [];
  let busy = false;

  const next = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
      const { id, input } = task;
      current = id;
      inFlight = 0;
      await runJob(input, noStdin, options, async (event) => {
        port.postMessage({ id, event } satisfies FromWorker);
        if (event.type !== 'records') return;
        inFlight++;
        while (inFlight >= CREDIT) await new Promise<void>((resolve) => (wake = resolve));
      });
      port.postMessage({ id, done: true } satisfies FromWorker);
    }
    busy = false;
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'ack') {
      // Acks of an earlier file, written after this worker moved on, free nothing now.
      if (message.id !== current) return;
      inFlight--;
      const w = wake;
      wake = null;
      w?.();
      return;
    }
    queue.push({ id: message.id, input: message.input });
    void next();
  });
}
