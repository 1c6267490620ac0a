/**
 * `extract-figures [options] [paths...]`: read each input, decode it, find
 * its figures, write them. Runs in-process with injected streams, so tests
 * need no child process; bin/extract-figures.js calls it with the real ones.
 *
 * Exit status as diff(1): 0 when all went well; 2 for a usage error or when
 * any input could not be read or decoded (the other inputs are still done).
 */
import { stat } from 'node:fs/promises';
import { CommanderError } from 'commander';
import { runCheck } from '../check/run.js';
import { FigureError } from '../errors.js';
import type { FieldName } from '../types.js';
import { createLayout, formatAll, type RecordText, TextWriter, type WriterOptions } from '../writers/index.js';
import { terminalColorLevel } from './color.js';
import { expandInputs, type Input } from './inputs.js';
import { type JobEvent, type JobOptions, runJob } from './job.js';
import { Pool, workerFile } from './jobs.js';
import type { WorkerEvent } from './worker.js';
import { type CheckOptions, type CliOptions, ignoredOptions, normalize, normalizeCheck, type RawCheckOptions, type RawOptions } from './options.js';
import { fileOutput, type Output, streamOutput } from './output.js';
import { buildProgram, chosenCheck } from './program.js';
import { Progress, wantProgress } from './progress.js';
import { packageVersion } from './version.js';

export interface CliIO {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  /** Standard output is a terminal (default: `stdout.isTTY`). Decides the default format. */
  readonly stdoutIsTTY?: boolean;
  /** Standard input is a terminal (default: `stdin.isTTY`): then no path is a usage error. */
  readonly stdinIsTTY?: boolean;
  /** Colours the terminal shows, 0 for none (default: chalk's detection for process.stdout, else 0). */
  readonly colorLevel?: 0 | 1 | 2 | 3;
  /** Relative paths are resolved against this (default: process.cwd()). */
  readonly cwd?: string;
  /** For NO_COLOR (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Standard error is a terminal (default: `stderr.isTTY`): then a long run shows a progress bar. */
  readonly stderrIsTTY?: boolean;
  /** Width of the terminal for the progress bar (default: `stderr.columns`, else 80). */
  readonly columns?: number;
  /** A clock in milliseconds, for the progress bar (default: performance.now). */
  readonly now?: () => number;
  /** The default of --jobs (default: os.availableParallelism()). */
  readonly cpus?: number;
  /** Bytes read at a time (default 256 KiB). Tests make it tiny: the output must not change. */
  readonly chunkSize?: number;
  /** Files up to this many bytes are read at once (tests: 0 streams every file). */
  readonly smallFile?: number;
  /** UTF-16 units the extractor gathers before it works (default 256 Ki). Tests make it tiny. */
  readonly segmentSize?: number;
}

export const EXIT_OK = 0;
export const EXIT_TROUBLE = 2;

const PROGRAM = 'extract-figures';
const BUG = 'please report this as a bug, with the input that caused it';

const isTTY = (stream: unknown): boolean => (stream as { isTTY?: boolean }).isTTY === true;

/** The one place messages reach standard error. */
class Reporter {
  /** Called before each line (the progress bar clears itself). */
  beforeLine: (() => void) | undefined;

  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly quiet: boolean,
    private readonly debug: boolean,
  ) {}

  error(e: FigureError): void {
    this.line(e.path === undefined ? e.message : `${e.path}: ${e.message}`);
  }

  warn(message: string): void {
    if (!this.quiet) this.line(message);
  }

  internal(e: unknown, path?: string): void {
    const message = e instanceof Error ? e.message : String(e);
    const hint = this.debug ? '' : ' (--debug shows the trace)';
    this.line(`${path === undefined ? '' : `${path}: `}internal error: ${message}; ${BUG}${hint}`);
    if (this.debug && e instanceof Error && e.stack) this.stderr.write(`${e.stack}\n`);
  }

  /** An internal error that happened in a job (possibly in a worker thread). */
  internalJob(message: string, stack: string | undefined, path: string): void {
    const e = new Error(message);
    e.stack = stack;
    this.internal(e, path);
  }

  line(message: string): void {
    this.beforeLine?.();
    this.stderr.write(`${PROGRAM}: ${message}\n`);
  }
}

/** Parses and checks the command line; a number is the exit status to stop with. */
function parseCommandLine(argv: readonly string[], io: CliIO, stdoutIsTTY: boolean): CliOptions | CheckOptions | number {
  const program = buildProgram(packageVersion(), {
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
  });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    return e.exitCode === 0 ? EXIT_OK : EXIT_TROUBLE;
  }
  try {
    const check = chosenCheck(program);
    if (check) return normalizeCheck(check.args, check.opts<RawCheckOptions>());
    return normalize(program.args, program.opts<RawOptions>(), { stdoutIsTTY, cpus: io.cpus });
  } catch (e) {
    if (!(e instanceof FigureError)) throw e;
    new Reporter(io.stderr, false, false).error(e);
    return EXIT_TROUBLE;
  }
}

/** Labels are read unless --fields leaves out both `label` and `period` (then they would cost about half the time for nothing). */
export const needsLabels = (fields: readonly FieldName[] | undefined): boolean =>
  !fields || fields.includes('label') || fields.includes('period');

/** Reads, decodes and writes every input; returns the exit status. */
async function run(options: CliOptions, io: CliIO, out: Output, report: Reporter): Promise<number> {
  let status = EXIT_OK;
  const writerOptions: WriterOptions = {
    fields: options.fields,
    compact: options.compact,
    colorLevel: colorLevel(options, io),
  };
  const layout = createLayout(options.format, { ...writerOptions, bom: options.bom });
  // Records become text here, or in a worker thread (then they come as bytes).
  const writer = new TextWriter<string | Uint8Array>(out, layout);
  const inputs: (Input | FigureError)[] = [];
  for await (const input of expandInputs(options.paths, { exts: options.exts, cwd: io.cwd ?? process.cwd() })) inputs.push(input);
  const files = inputs.filter((i): i is Input => !(i instanceof FigureError) && i.kind === 'file');
  const job: JobOptions = {
    encoding: options.encoding,
    kinds: options.kinds,
    refDate: options.refDate,
    labels: needsLabels(options.fields),
    chunkSize: io.chunkSize,
    smallFile: io.smallFile,
    segmentSize: io.segmentSize,
  };
  const progress = await startProgress(options, io, inputs);
  if (progress) report.beforeLine = () => progress.clear();
  const timer = progress ? setInterval(() => progress.tick(), 250).unref() : undefined;
  // Workers pay off with two files or more and enough bytes to make up for their start (about
  // half a second each, and as long again to compile the hot code); they need the built dist/cli/worker.js.
  const parallel = options.jobs > 1 && files.length > 1 && (await atLeast(files, parallelFrom(io, options.jobs)));
  const url = parallel ? workerFile() : null;
  // The pool counts files; the progress bar counts inputs.
  const inputOfFile = inputs.flatMap((x, i) => (!(x instanceof FigureError) && x.kind === 'file' ? [i] : []));
  const pool = url
    ? new Pool(files, options.jobs, url, { job, format: options.format, writer: writerOptions }, (f, bytes) => progress?.bytes(inputOfFile[f]!, bytes))
    : null;
  const stop = new AbortController();

  /** Writes text of records; stops everything once the output has gone away. */
  const write = async (text: string | Uint8Array): Promise<void> => {
    if (!writer.text(text)) await out.drain();
    if (out.closed) stop.abort();
  };

  /** Handles one event of input `i`; `format` turns its records into text. */
  const handle = async (i: number, input: Input, format: RecordText, event: JobEvent | WorkerEvent): Promise<void> => {
    switch (event.type) {
      case 'records':
        return formatAll(event.records, format, write);
      case 'text':
        return write(event.text);
      case 'bytes':
        progress?.bytes(i, event.bytes);
        return;
      case 'warn':
        report.warn(event.message);
        return;
      case 'error':
        report.error(new FigureError(event.code, event.message, event.path));
        status = EXIT_TROUBLE;
        return;
      case 'internal':
        report.internalJob(event.message, event.stack, input.path);
        status = EXIT_TROUBLE;
        return;
    }
  };

  try {
    let f = 0;
    for (const [i, input] of inputs.entries()) {
      if (input instanceof FigureError) {
        report.error(input);
        status = EXIT_TROUBLE;
        progress?.fileDone(i);
        continue;
      }
      // Each input starts afresh (the table's place in a sentence), in a worker or here.
      const format = layout.records();
      if (pool && input.kind === 'file') {
        for await (const event of pool.events(f++)) {
          await handle(i, input, format, event);
          if (stop.signal.aborted) break;
        }
      } else {
        await runJob(input, io.stdin, job, (event) => handle(i, input, format, event), stop.signal);
      }
      progress?.fileDone(i);
      if (out.closed) return status;
    }
  } finally {
    clearInterval(timer);
    progress?.clear();
    await pool?.close();
  }
  if (!out.closed) writer.end();
  return status;
}

/**
 * Bytes of input from which `jobs` workers are started (EXTRACT_FIGURES_PARALLEL_FROM changes it): 24 MiB
 * for two, less for more (24 MiB over one less than their number: 8 MiB for four). Measured on two CPUs,
 * two workers were slower than one thread up to about 16 MB of figure-dense text and 1.13x as fast on 33 MB:
 * each worker's start and compilation cost about a second of CPU, which more workers share.
 */
function parallelFrom(io: CliIO, jobs: number): number {
  const v = Number((io.env ?? process.env)['EXTRACT_FIGURES_PARALLEL_FROM']);
  return Number.isFinite(v) && v >= 0 ? v : Math.round(PARALLEL_FROM_TWO / Math.max(1, jobs - 1));
}

/** See parallelFrom. */
const PARALLEL_FROM_TWO = 24 * 1024 * 1024;

/** The files add up to at least `bytes`. */
async function atLeast(files: readonly Input[], bytes: number): Promise<boolean> {
  let total = 0;
  for (const f of files) {
    if (total >= bytes) return true;
    if (f.kind === 'file') total += (await stat(f.fsPath).catch(() => null))?.size ?? 0;
  }
  return total >= bytes;
}

/** A progress bar, when standard error is a terminal and it is wanted. */
async function startProgress(options: CliOptions, io: CliIO, inputs: readonly (Input | FigureError)[]): Promise<Progress | null> {
  if (!wantProgress(io.stderrIsTTY ?? isTTY(io.stderr), options.quiet, options.progress)) return null;
  let totalBytes: number | null = 0;
  for (const input of inputs) {
    if (input instanceof FigureError) continue;
    if (input.kind === 'stdin') totalBytes = null;
    else if (totalBytes !== null) totalBytes += (await stat(input.fsPath).catch(() => null))?.size ?? 0;
  }
  const columns = io.columns ?? (io.stderr as { columns?: number }).columns;
  return new Progress({ stream: io.stderr, totalFiles: inputs.length, totalBytes, now: io.now, columns });
}

function colorLevel(options: CliOptions, io: CliIO): 0 | 1 | 2 | 3 {
  if (options.format !== 'table' || !options.color || options.output !== undefined) return 0;
  return terminalColorLevel(io);
}

export async function main(argv: readonly string[], ioIn: Partial<CliIO> = {}): Promise<number> {
  const io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, ...ioIn };
  const stdoutIsTTY = io.stdoutIsTTY ?? isTTY(io.stdout);
  const debug = argv.includes('--debug');
  let out: Output | undefined;
  try {
    const parsed = parseCommandLine(argv, io, stdoutIsTTY);
    if (typeof parsed === 'number') return parsed;
    const report = new Reporter(io.stderr, parsed.quiet, parsed.debug);
    if ('command' in parsed) return await runCheck(parsed, io, report);
    let options = parsed;
    if (options.paths.length === 0) {
      if (io.stdinIsTTY ?? isTTY(io.stdin)) {
        report.line('no input: give files, directories or glob patterns, or pipe text in (see --help)');
        return EXIT_TROUBLE;
      }
      options = { ...options, paths: ['-'] };
    }
    for (const flag of ignoredOptions(options)) report.warn(`${flag} does not apply to --format ${options.format}; ignored`);
    try {
      out = options.output === undefined ? streamOutput(io.stdout, 'standard output') : await fileOutput(options.output, io.cwd ?? process.cwd());
    } catch (e) {
      if (!(e instanceof FigureError)) throw e;
      report.error(e);
      return EXIT_TROUBLE;
    }
    const status = await run(options, io, out, report);
    const done = out;
    out = undefined;
    try {
      await done.finish();
    } catch (e) {
      if (!(e instanceof FigureError)) throw e;
      report.error(e);
      return EXIT_TROUBLE;
    }
    return status;
  } catch (e) {
    await out?.abort().catch(() => {});
    new Reporter(io.stderr, false, debug).internal(e);
    return EXIT_TROUBLE;
  }
}
