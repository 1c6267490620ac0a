/**
 * Every command-line option is checked and normalized here, and only here:
 * commander parses, `normalize` decides. Each bad value is a FigureError
 * `E_USAGE` with a one-line message.
 */
import { availableParallelism } from 'node:os';
import { ENCODINGS, type Encoding } from '../decode.js';
import { FigureError } from '../errors.js';
import { FIELDS, type FieldName, KINDS, type Kind, type RefDate } from '../types.js';
import { FORMATS, type Format } from '../writers/index.js';

/** The options as commander hands them over (strings, lists of strings, flags). */
export interface RawOptions {
  format?: string;
  output?: string;
  kind?: string[];
  fields?: string[];
  bom?: boolean;
  compact?: boolean;
  encoding?: string;
  ext?: string[];
  refDate?: string;
  color?: boolean;
  quiet?: boolean;
  jobs?: string;
  progress?: boolean;
  debug?: boolean;
}

/** What the rest of the CLI works with. */
export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: Format;
  readonly output: string | undefined;
  readonly kinds: readonly Kind[] | undefined;
  readonly fields: readonly FieldName[] | undefined;
  readonly bom: boolean;
  readonly compact: boolean;
  readonly encoding: Encoding;
  /** Extensions searched for in directories, lower case, without the dot. */
  readonly exts: readonly string[];
  readonly refDate: RefDate | undefined;
  readonly color: boolean;
  readonly quiet: boolean;
  /** Files processed in parallel (worker threads). */
  readonly jobs: number;
  /** A progress bar on a terminal (`--no-progress`: never). */
  readonly progress: boolean;
  readonly debug: boolean;
}

/** What the defaults depend on. */
export interface Environment {
  /** Standard output is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** The default of --jobs (default: os.availableParallelism()). */
  readonly cpus?: number;
}

const usage = (message: string): FigureError => new FigureError('E_USAGE', message);

/** `a,b` `c` → [a, b, c]; blanks dropped. */
const splitList = (values: readonly string[]): string[] =>
  values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');

/** Checks each name against `allowed`; keeps the order given, drops repeats. */
function names<T extends string>(option: string, values: readonly string[], allowed: readonly T[]): T[] {
  const list = splitList(values);
  if (list.length === 0) throw usage(`${option} needs at least one name (one of: ${allowed.join(', ')})`);
  for (const v of list) {
    if (!(allowed as readonly string[]).includes(v)) {
      throw usage(`${option}: unknown name '${v}' (expected one of: ${allowed.join(', ')})`);
    }
  }
  return [...new Set(list)] as T[];
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(v)) {
    throw usage(`${option}: unknown value '${value}' (expected one of: ${allowed.join(', ')})`);
  }
  return v as T;
}

/** `YYYY-MM-DD`, a real calendar day. */
export function parseRefDate(value: string): RefDate {
  const m = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/.exec(value.trim());
  const g = m?.groups;
  if (g) {
    const [year, month, day] = [Number(g['year']), Number(g['month']), Number(g['day'])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw usage(`--ref-date: '${value}' is not a calendar date written YYYY-MM-DD`);
}

export function normalize(paths: readonly string[], raw: RawOptions, env: Environment): CliOptions {
  // --format: table for a terminal, csv for pipes and files.
  const format: Format =
    raw.format !== undefined ? oneOf('--format', raw.format, FORMATS) : env.stdoutIsTTY && !raw.output ? 'table' : 'csv';

  // --output: a file name; `-` means standard output.
  if (raw.output === '') throw usage('--output needs a file name');
  const output = raw.output === '-' ? undefined : raw.output;

  // --kind, --fields: names from the spec, in the order given.
  const kinds = raw.kind ? names('--kind', raw.kind, KINDS) : undefined;
  const fields = raw.fields ? names('--fields', raw.fields, FIELDS) : undefined;

  // --encoding: `utf8` is accepted for `utf-8`.
  const encoding =
    raw.encoding === undefined ? 'auto' : oneOf('--encoding', raw.encoding.replace(/^utf8$/i, 'utf-8'), ENCODINGS);

  // --ext: `txt`, `.TXT` and `*.txt` all mean txt.
  const exts = raw.ext ? splitList(raw.ext).map((e) => e.replace(/^\*?\./, '').toLowerCase()) : ['txt', 'md'];
  if (exts.length === 0 || exts.some((e) => e === '' || /[/\\*?[]/.test(e))) {
    throw usage(`--ext: expected extensions such as 'txt,md'`);
  }

  // --ref-date: a calendar day.
  const refDate = raw.refDate === undefined ? undefined : parseRefDate(raw.refDate);

  // --jobs: a whole number from 1; default: one per CPU.
  let jobs = Math.max(1, env.cpus ?? availableParallelism());
  if (raw.jobs !== undefined) {
    if (!/^\s*\d+\s*$/.test(raw.jobs) || Number(raw.jobs) < 1) throw usage(`--jobs: expected a whole number from 1, not '${raw.jobs}'`);
    jobs = Number(raw.jobs);
  }

  return {
    paths,
    format,
    output,
    kinds,
    fields,
    bom: raw.bom ?? false,
    compact: raw.compact ?? false,
    encoding,
    exts: [...new Set(exts)],
    refDate,
    color: raw.color ?? true,
    quiet: raw.quiet ?? false,
    jobs,
    progress: raw.progress ?? true,
    debug: raw.debug ?? false,
  };
}

/** `check`'s options as commander hands them over. */
export interface RawCheckOptions {
  baseline?: string;
  format?: string;
  kind?: string[];
  refDate?: string;
  encoding?: string;
  ext?: string[];
  strictPositions?: boolean;
  update?: boolean;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

export const CHECK_FORMATS = ['text', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** What `check` works with. */
export interface CheckOptions {
  readonly command: 'check';
  readonly baseline: string;
  /** Empty: the files the baseline names. */
  readonly paths: readonly string[];
  readonly format: CheckFormat;
  readonly kinds: readonly Kind[] | undefined;
  readonly refDate: RefDate | undefined;
  readonly encoding: Encoding;
  readonly exts: readonly string[];
  readonly strictPositions: boolean;
  readonly update: boolean;
  readonly color: boolean;
  readonly quiet: boolean;
  readonly debug: boolean;
}

/** `check`: its own --format and --baseline; the options about inputs are checked as for extraction. */
export function normalizeCheck(paths: readonly string[], raw: RawCheckOptions): CheckOptions {
  if (raw.baseline === undefined || raw.baseline.trim() === '') throw usage('--baseline needs a file name');
  const format = raw.format === undefined ? 'text' : oneOf('--format', raw.format, CHECK_FORMATS);
  const { kind, refDate, encoding, ext } = raw;
  const input = normalize(paths, { kind, refDate, encoding, ext }, { stdoutIsTTY: false });
  return {
    command: 'check',
    baseline: raw.baseline,
    paths,
    format,
    kinds: input.kinds,
    refDate: input.refDate,
    encoding: input.encoding,
    exts: input.exts,
    strictPositions: raw.strictPositions ?? false,
    update: raw.update ?? false,
    color: raw.color ?? true,
    quiet: raw.quiet ?? false,
    debug: raw.debug ?? false,
  };
}

/** Options that the chosen format ignores, for a warning. */
export function ignoredOptions(o: CliOptions): string[] {
  const ignored: string[] = [];
  if (o.bom && !(o.format === 'csv' || o.format === 'tsv')) ignored.push('--bom');
  if (o.compact && o.format !== 'json') ignored.push('--compact');
  return ignored;
}
