/**
 * `extract-figures check`: the shell around baseline.ts, match.ts and
 * report.ts. Reads the baseline, finds the figures of the documents the way
 * extraction does (expandInputs, then runJob for each input), compares,
 * prints the report, and with --update rewrites the baseline.
 *
 * Exit status as diff(1): 0 when the figures match, 1 when they differ, 2 on
 * trouble (the baseline missing or invalid, an input that cannot be read).
 */
import { FigureError } from '../errors.js';
import type { FigureRecord, Kind, RefDate } from '../types.js';
import { terminalColorLevel } from '../cli/color.js';
import { expandInputs } from '../cli/inputs.js';
import { type JobEvent, runJob } from '../cli/job.js';
import type { CliIO } from '../cli/main.js';
import type { CheckOptions } from '../cli/options.js';
import { streamOutput } from '../cli/output.js';
import { packageVersion } from '../cli/version.js';
import { type Baseline, type BaselineOptions, formatBaseline, readBaseline, writeBaseline } from './baseline.js';
import { compare, fileKey } from './match.js';
import { annotations, jsonReport, summarize, textReport } from './report.js';

export const EXIT_SAME = 0;
export const EXIT_DIFFER = 1;
export const EXIT_TROUBLE = 2;

/** Where messages go (the CLI's reporter): `extract-figures: …` lines on standard error. */
export interface Messages {
  error(e: FigureError): void;
  warn(message: string): void;
  line(message: string): void;
  internal(e: unknown, path?: string): void;
}

const showDate = (d: RefDate | undefined): string | null =>
  d === undefined ? null : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

const showKinds = (k: readonly Kind[] | null): string => (k === null ? 'all kinds' : `--kind ${k.join(',')}`);

const sameKinds = (a: readonly Kind[] | null, b: readonly Kind[] | null): boolean =>
  a === null || b === null ? a === b : new Set(a).size === new Set(b).size && a.every((k) => b.includes(k));

/** Warnings when the check runs with other options than the baseline was made with. */
export function optionWarnings(file: string, baseline: Baseline, now: BaselineOptions, version: string): string[] {
  const out: string[] = [];
  const then = baseline.options;
  if (then === undefined) return out;
  if (!sameKinds(then.kinds, now.kinds)) {
    out.push(`${file}: the baseline was made with ${showKinds(then.kinds)}, this check uses ${showKinds(now.kinds)}`);
  }
  if (then.refDate !== now.refDate) {
    const show = (d: string | null): string => (d === null ? 'no --ref-date' : `--ref-date ${d}`);
    out.push(`${file}: the baseline was made with ${show(then.refDate)}, this check uses ${show(now.refDate)}`);
  }
  if (baseline.version !== undefined && baseline.version !== version) {
    out.push(`${file}: the baseline was made by extract-figures ${baseline.version}, this is ${version}`);
  }
  return out;
}

/**
 * What is checked when no path is given: the paths the baseline recorded,
 * else the files it names, in order (standard input left out).
 */
export function baselinePaths(baseline: Baseline): string[] {
  if (baseline.options?.paths) return [...baseline.options.paths];
  const seen = new Map<string, string>();
  for (const f of baseline.figures) if (f.file !== '-' && !seen.has(fileKey(f.file))) seen.set(fileKey(f.file), f.file);
  return [...seen.values()];
}

/** The figures of the documents, read as extraction reads them. */
interface Documents {
  readonly records: FigureRecord[];
  /** Every input read, in order. */
  readonly files: string[];
  /** Inputs that could not be read to the end: not compared. */
  readonly unreadable: Set<string>;
  readonly trouble: boolean;
}

async function readDocuments(options: CheckOptions, paths: readonly string[], io: CliIO, report: Messages): Promise<Documents> {
  const records: FigureRecord[] = [];
  const files: string[] = [];
  const unreadable = new Set<string>();
  let trouble = false;
  const job = { encoding: options.encoding, kinds: options.kinds, refDate: options.refDate, chunkSize: io.chunkSize, segmentSize: io.segmentSize };
  for await (const input of expandInputs(paths, { exts: options.exts, cwd: io.cwd ?? process.cwd() })) {
    if (input instanceof FigureError) {
      report.error(input);
      trouble = true;
      continue;
    }
    files.push(input.path);
    const onEvent = (event: JobEvent): void => {
      if (event.type === 'records') records.push(...event.records);
      else if (event.type === 'warn') report.warn(event.message);
      else if (event.type === 'error' || event.type === 'internal') {
        if (event.type === 'error') report.error(new FigureError(event.code, event.message, event.path));
        else report.internal(Object.assign(new Error(event.message), { stack: event.stack }), input.path);
        unreadable.add(input.path);
        trouble = true;
      }
    };
    await runJob(input, io.stdin, job, onEvent);
  }
  return { records, files, unreadable, trouble };
}

/** Runs `check`; returns the exit status. */
export async function runCheck(options: CheckOptions, io: CliIO, report: Messages): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const version = packageVersion();

  // The baseline: --update may start without one, or replace one that is not valid.
  let baseline: Baseline | undefined;
  try {
    baseline = await readBaseline(options.baseline, cwd);
  } catch (e) {
    if (!(e instanceof FigureError)) throw e;
    if (!options.update || !(e.code === 'E_NOT_FOUND' || e.code === 'E_BASELINE')) {
      report.error(e);
      return EXIT_TROUBLE;
    }
    if (e.code === 'E_BASELINE') report.warn(`${options.baseline}: ${e.message}; it will be replaced`);
  }
  const paths = options.paths.length > 0 ? options.paths : baseline ? baselinePaths(baseline) : [];
  if (paths.length === 0) {
    report.line(`no input: give the files, directories or glob patterns to check${baseline ? ' (the baseline names none)' : ''}`);
    return EXIT_TROUBLE;
  }
  const now: BaselineOptions = { kinds: options.kinds ?? null, refDate: showDate(options.refDate), paths };
  if (baseline && !options.update) for (const w of optionWarnings(options.baseline, baseline, now, version)) report.warn(w);

  const docs = await readDocuments(options, paths, io, report);
  const out = streamOutput(io.stdout, 'standard output');
  let differ = false;
  if (baseline) {
    const comparison = compare(baseline.figures, docs.records, docs.files, { strictPositions: options.strictPositions, skip: docs.unreadable });
    differ = summarize(comparison).files_differing > 0;
    const ro = { strictPositions: options.strictPositions, colorLevel: options.format === 'text' && options.color ? terminalColorLevel(io) : 0 } as const;
    // Workflow commands for GitHub Actions, before the report (its summary stays the last line);
    // beside a JSON report they go to standard error, so the JSON stays whole.
    const env = io.env ?? process.env;
    if (!options.update && env['GITHUB_ACTIONS']) {
      const notes = annotations(comparison, ro);
      if (options.format === 'json') io.stderr.write(notes);
      else out.write(notes);
    }
    out.write(options.format === 'json' ? jsonReport(comparison, options.baseline, ro) : textReport(comparison, ro));
  }
  try {
    await out.finish();
  } catch (e) {
    if (!(e instanceof FigureError)) throw e;
    report.error(e);
    return EXIT_TROUBLE;
  }
  if (!options.update) return docs.trouble ? EXIT_TROUBLE : differ ? EXIT_DIFFER : EXIT_SAME;

  // --update: never from documents that could not all be read.
  if (docs.trouble) {
    report.line(`${options.baseline}: not updated, because of the errors above`);
    return EXIT_TROUBLE;
  }
  try {
    await writeBaseline(options.baseline, cwd, formatBaseline(docs.records, now, version));
  } catch (e) {
    if (!(e instanceof FigureError)) throw e;
    report.error(e);
    return EXIT_TROUBLE;
  }
  const n = docs.records.length;
  report.warn(`${options.baseline}: ${baseline ? 'updated' : 'written'}: ${n} ${n === 1 ? 'figure' : 'figures'} in ${docs.files.length} ${docs.files.length === 1 ? 'file' : 'files'}`);
  return EXIT_SAME;
}
