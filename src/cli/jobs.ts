/**
 * `--jobs N`: files spread over N worker threads, their events handed back in
 * input order, so the output is byte for byte that of `--jobs 1`. Each file
 * goes to the next free worker, which also turns its records into text; the
 * main thread only writes. A worker needs the compiled JavaScript
 * (dist/cli/worker.js): where that file is missing (the tests run the
 * TypeScript sources), `workerFile` says so and the CLI runs everything
 * in-process.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { WORKER_LIMITS } from './heap.js';
import type { Input } from './inputs.js';
import type { FromWorker, ToWorker, WorkerData, WorkerEvent } from './worker.js';

/** The worker's entry beside this module, or null when it is not there (not built). */
export function workerFile(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** The events of one file, in order, as the worker sends them. */
class EventQueue implements AsyncIterable<WorkerEvent> {
  private readonly events: WorkerEvent[] = [];
  private done = false;
  private wake: (() => void) | null = null;

  /** `ack`: the text of an event was written (the reader asked for the next one). */
  constructor(private readonly ack: (bytes: number) => void) {}

  push(event: WorkerEvent): void {
    this.events.push(event);
    this.notify();
  }

  end(): void {
    this.done = true;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<WorkerEvent> {
    for (;;) {
      const event = this.events.shift();
      if (event) {
        // The text's buffer may be handed on by the reader: its size is taken first.
        const bytes = event.type === 'text' ? event.text.byteLength : 0;
        yield event;
        if (bytes > 0) this.ack(bytes);
        continue;
      }
      if (this.done) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

interface Slot {
  worker: Worker;
  /** The files it was given and has not finished, the one it works on first. */
  tasks: number[];
}

/**
 * A worker working on a small file is given the next file too when that is
 * small: it starts it without waiting for the main thread to answer its
 * `done`, which with a thousand small files took a large part of the time.
 * Only small files: one given ahead to a busy worker cannot go to a worker
 * that becomes free, so a worker could hold back at most this much.
 */
const SMALL_AHEAD = 256 * 1024;

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queues = new Map<number, EventQueue>();
  /** The worker that ran (or runs) each file not yet read to its end: it is told when its text is written. */
  private readonly owners = new Map<number, Slot>();
  private next = 0;
  /** Files given back by a worker that died before it started them: run before `next`. */
  private readonly returned: number[] = [];
  private closed = false;

  /** `files`: the inputs to run (standard input never goes to a worker). */
  constructor(
    private readonly files: readonly Input[],
    size: number,
    private readonly url: URL,
    private readonly data: WorkerData,
    /** Bytes read of `files[i]` so far, told as soon as a worker says (not in input order). */
    private readonly onBytes: (i: number, bytes: number) => void = () => {},
  ) {
    for (let i = 0; i < Math.min(size, files.length); i++) this.slots.push(this.spawn());
    // One file each first, then one more each where that is allowed.
    for (const slot of this.slots) this.assign(slot, 1);
    for (const slot of this.slots) this.assign(slot);
  }

  /** The events of `files[i]` (bytes aside: see onBytes); to be read in order, each once. */
  async *events(i: number): AsyncGenerator<WorkerEvent> {
    try {
      yield* this.queue(i);
    } finally {
      this.queues.delete(i);
      this.owners.delete(i);
    }
  }

  /** The files each running worker holds, the one it works on first (for tests). */
  get held(): number[][] {
    return this.slots.map((s) => [...s.tasks]);
  }

  /** The engine limits of the running workers (for tests). */
  get workerLimits(): (ResourceLimits | undefined)[] {
    return this.slots.map((s) => s.worker.resourceLimits);
  }

  /** Stops every worker (also when the output went away early). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private queue(i: number): EventQueue {
    let q = this.queues.get(i);
    if (!q) {
      q = new EventQueue((bytes) => {
        const slot = this.owners.get(i);
        // A worker that died has no text to be told about.
        if (slot && this.slots.includes(slot)) slot.worker.postMessage({ type: 'ack', bytes } satisfies ToWorker);
      });
      this.queues.set(i, q);
    }
    return q;
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, { workerData: this.data, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, tasks: [] };
    worker.on('message', (m: FromWorker) => {
      if ('done' in m) {
        this.queue(m.id).end();
        slot.tasks.splice(slot.tasks.indexOf(m.id), 1);
        this.assign(slot);
      } else if (m.event.type === 'bytes') this.onBytes(m.id, m.event.bytes);
      else this.queue(m.id).push(m.event);
    });
    worker.on('error', (e) => this.lost(slot, e));
    worker.on('exit', (code) => {
      if (!this.closed) this.lost(slot, new Error(`worker thread stopped (exit code ${code})`));
    });
    return slot;
  }

  /**
   * A worker died: the file it worked on gets an internal error, the files it
   * had not started go to others; a new worker takes its place.
   */
  private lost(slot: Slot, e: Error): void {
    if (this.closed || !this.slots.includes(slot)) return;
    const [current, ...unstarted] = slot.tasks;
    if (current !== undefined) {
      const q = this.queue(current);
      q.push({ type: 'internal', message: e.message, stack: e.stack });
      q.end();
    }
    for (const f of unstarted) this.owners.delete(f);
    this.returned.push(...unstarted);
    this.returned.sort((a, b) => a - b);
    slot.tasks = [];
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
    for (const other of this.slots) this.assign(other);
    if (this.returned.length > 0 || this.next < this.files.length) {
      const fresh = this.spawn();
      this.slots.push(fresh);
      this.assign(fresh);
    }
  }

  private readonly small = new Map<number, boolean>();

  /** Is `files[i]` a file of at most SMALL_AHEAD bytes? (Asked once; one that cannot be read counts as large.) */
  private isSmall(i: number): boolean {
    let small = this.small.get(i);
    if (small === undefined) {
      const input = this.files[i]!;
      const size = input.kind === 'file' ? (statSync(input.fsPath, { throwIfNoEntry: false })?.size ?? Infinity) : Infinity;
      small = size <= SMALL_AHEAD;
      this.small.set(i, small);
    }
    return small;
  }

  /** Gives `slot` a file when it has none, and a small one more when it has one small file (up to `most`). */
  private assign(slot: Slot, most = 2): void {
    while (!this.closed && slot.tasks.length < most) {
      const task = this.returned[0] ?? (this.next < this.files.length ? this.next : -1);
      if (task < 0) return;
      if (slot.tasks.length === 1 && !(this.isSmall(slot.tasks[0]!) && this.isSmall(task))) return;
      if (task === this.returned[0]) this.returned.shift();
      else this.next++;
      slot.tasks.push(task);
      this.owners.set(task, slot);
      slot.worker.postMessage({ type: 'task', id: task, input: this.files[task]! } satisfies ToWorker);
    }
  }
}
