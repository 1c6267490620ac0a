/**
 * `extract-figures [options] [paths...]`: read each input, decode it, find
 * its figures, write them. Runs in-process with injected streams, so tests
 * need no child process; bin/extract-figures.js calls it with the real ones.
 *
 * Exit status as diff(1): 0 when all went well; 2 for a usage error or when
 * any input could not be read or decoded (the other inputs are still done).
 */
import { supportsColor } from 'chalk';
import { CommanderError } from 'commander';
import { decodeBytes } from '../decode.js';
import { FigureError } from '../errors.js';
import { extractFigures } from '../pipeline.js';
import { createWriter, type RecordWriter } from '../writers/index.js';
import { expandInputs, type Input, readBytes } from './inputs.js';
import { type CliOptions, ignoredOptions, normalize, type RawOptions } from './options.js';
import { fileOutput, type Output, streamOutput } from './output.js';
import { buildProgram } from './program.js';
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
}

export const EXIT_OK = 0;
export const EXIT_TROUBLE = 2;

const PROGRAM = 'extract-figures';
const BUG = 'please report this as a bug, with the input that caused it';

const isTTY = (stream: unknown): boolean => (stream as { isTTY?: boolean }).isTTY === true;

/** The one place messages reach standard error. */
class Reporter {
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

  line(message: string): void {
    this.stderr.write(`${PROGRAM}: ${message}\n`);
  }
}

/** Parses and checks the command line; a number is the exit status to stop with. */
function parseCommandLine(argv: readonly string[], io: CliIO, stdoutIsTTY: boolean): CliOptions | number {
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
    return normalize(program.args, program.opts<RawOptions>(), { stdoutIsTTY });
  } catch (e) {
    if (!(e instanceof FigureError)) throw e;
    new Reporter(io.stderr, false, false).error(e);
    return EXIT_TROUBLE;
  }
}

/** Writes every record of one input; false when the output has gone away. */
async function writeRecords(input: Input, text: string, options: CliOptions, writer: RecordWriter, out: Output): Promise<boolean> {
  const records = extractFigures(text, { file: input.path, kinds: options.kinds, refDate: options.refDate });
  for (const record of records) {
    if (out.closed) return false;
    if (!writer.write(record)) await out.drain();
  }
  return !out.closed;
}

/** Reads, decodes and writes every input; returns the exit status. */
async function run(options: CliOptions, io: CliIO, out: Output, report: Reporter): Promise<number> {
  let status = EXIT_OK;
  const writer = createWriter(options.format, out, {
    fields: options.fields,
    bom: options.bom,
    compact: options.compact,
    colorLevel: colorLevel(options, io),
  });
  for await (const input of expandInputs(options.paths, { exts: options.exts, cwd: io.cwd ?? process.cwd() })) {
    if (input instanceof FigureError) {
      report.error(input);
      status = EXIT_TROUBLE;
      continue;
    }
    let text: string;
    try {
      const decoded = decodeBytes(await readBytes(input, io.stdin), options.encoding, input.path);
      text = decoded.text;
      if (options.encoding === 'auto' && decoded.encoding === 'gb18030') report.warn(`${input.path}: not UTF-8; read as GB18030`);
    } catch (e) {
      if (!(e instanceof FigureError)) throw e;
      report.error(e);
      status = EXIT_TROUBLE;
      continue;
    }
    try {
      if (!(await writeRecords(input, text, options, writer, out))) return status;
    } catch (e) {
      report.internal(e, input.path);
      status = EXIT_TROUBLE;
    }
  }
  if (!out.closed) writer.end();
  return status;
}

function colorLevel(options: CliOptions, io: CliIO): 0 | 1 | 2 | 3 {
  if (options.format !== 'table' || !options.color || options.output !== undefined) return 0;
  const env = io.env ?? process.env;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  if (io.colorLevel !== undefined) return io.colorLevel;
  // chalk's detection is about process.stdout (a terminal, or FORCE_COLOR); other streams say it in colorLevel.
  return io.stdout === process.stdout && supportsColor ? supportsColor.level : 0;
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
