/**
 * The baseline a check compares against. Two forms are read:
 *
 * - the tool's own `--format json` output: an array of records. Any
 *   `--fields` will do as long as each record has `file`, `text` and
 *   `value`; a field that is left out is not compared;
 * - the form `check --update` writes, which also records the options that
 *   made it (`kind`: null for all kinds; `ref_date`: null for none; `paths`:
 *   the paths as given, which `check` reads when it is given none):
 *
 *     { "extract-figures": 1, "version": "0.1.0",
 *       "options": { "kind": ["money"], "ref_date": "2025-09-30", "paths": ["docs/"] },
 *       "figures": [ { "file": "docs/a.txt", "line": 1, … }, … ] }
 *
 * Parsing and formatting are pure; reading and the atomic write are at the end.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FigureError } from '../errors.js';
import { fileOutput } from '../cli/output.js';
import { FIELDS, type FieldName, type FigureRecord, KINDS, type Kind } from '../types.js';

/** A figure as a baseline holds it: `file`, `text` and `value` always, other fields when the baseline has them. */
export type BaselineFigure = Pick<FigureRecord, 'file' | 'text' | 'value'> & Partial<FigureRecord>;

/** The options recorded in a baseline. */
export interface BaselineOptions {
  /** `--kind`, or null for all kinds. */
  readonly kinds: readonly Kind[] | null;
  /** `--ref-date` as `YYYY-MM-DD`, or null for none. */
  readonly refDate: string | null;
  /** The paths as given on the command line, or null when not recorded. */
  readonly paths: readonly string[] | null;
}

export interface Baseline {
  readonly figures: readonly BaselineFigure[];
  /** Undefined for a plain array, which records no options. */
  readonly options?: BaselineOptions;
  /** The version of extract-figures that wrote it, when recorded. */
  readonly version?: string;
}

/** The mark of the object form, and its layout version. */
export const BASELINE_MARK = 'extract-figures';
export const BASELINE_LAYOUT = 1;

/** A problem with the baseline file: `E_BASELINE`, naming the file. */
const invalid = (file: string, message: string): FigureError => new FigureError('E_BASELINE', message, file);

/** What each optional field may hold. */
type Check = (v: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isCount: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const isValue: Check = (v) => (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string';
const orNull = (check: Check): Check => (v) => v === null || check(v);
const FIELD_CHECKS: Readonly<Record<FieldName, readonly [Check, string]>> = {
  file: [isString, 'a string'],
  line: [isCount, 'a whole number'],
  column: [isCount, 'a whole number'],
  end_line: [isCount, 'a whole number'],
  end_column: [isCount, 'a whole number'],
  offset: [isCount, 'a whole number'],
  length: [isCount, 'a whole number'],
  text: [isString, 'a string'],
  kind: [(v) => (KINDS as readonly unknown[]).includes(v), `one of ${KINDS.join(', ')}`],
  value: [isValue, 'a number or a string'],
  value_max: [orNull(isValue), 'a number, a string or null'],
  unit: [isString, 'a string'],
  number: [orNull((v) => typeof v === 'number'), 'a number or null'],
  multiplier: [orNull((v) => typeof v === 'number'), 'a number or null'],
  unit_text: [isString, 'a string'],
  approx: [(v) => ['', 'about', 'over', 'under'].includes(v as string), "'', about, over or under"],
  change: [(v) => ['', 'up', 'down'].includes(v as string), "'', up or down"],
  label: [isString, 'a string'],
  period: [isString, 'a string'],
  sentence_index: [isCount, 'a whole number'],
  sentence: [isString, 'a string'],
};
const REQUIRED: readonly FieldName[] = ['file', 'text', 'value'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One record, checked field by field; unknown keys are ignored. */
function figureOf(v: unknown, index: number, file: string): BaselineFigure {
  const where = `figure ${index + 1}`;
  if (!isObject(v)) throw invalid(file, `${where} is not an object`);
  for (const field of REQUIRED) if (!(field in v)) throw invalid(file, `${where} has no "${field}"`);
  const figure: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (!(field in v)) continue;
    const [ok, what] = FIELD_CHECKS[field];
    if (!ok(v[field])) throw invalid(file, `${where}: "${field}" should be ${what}`);
    figure[field] = v[field];
  }
  return figure as BaselineFigure;
}

/** The options of the object form. */
function optionsOf(v: unknown, file: string): BaselineOptions {
  if (v === undefined) return { kinds: null, refDate: null, paths: null };
  if (!isObject(v)) throw invalid(file, '"options" is not an object');
  const kind = v['kind'] ?? null;
  if (kind !== null && !(Array.isArray(kind) && kind.every((k) => (KINDS as readonly unknown[]).includes(k)))) {
    throw invalid(file, `"options"."kind" should be null or a list of kinds`);
  }
  const refDate = v['ref_date'] ?? null;
  if (refDate !== null && !(typeof refDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(refDate))) {
    throw invalid(file, `"options"."ref_date" should be null or YYYY-MM-DD`);
  }
  const paths = v['paths'] ?? null;
  if (paths !== null && !(Array.isArray(paths) && paths.every((p) => typeof p === 'string' && p !== ''))) {
    throw invalid(file, `"options"."paths" should be null or a list of paths`);
  }
  return { kinds: kind as Kind[] | null, refDate, paths: paths as string[] | null };
}

/** `JSON.parse`'s complaint in one short line, with the line and column when it gives a position. */
function jsonProblem(e: unknown, text: string): string {
  const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
  const at = /at position (\d+)/.exec(message);
  if (!at) return message.length > 100 ? `${message.slice(0, 99)}…` : message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/\s*(?:in JSON )?at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** Reads a baseline from its text. `file` names it in errors (FigureError `E_BASELINE`). */
export function parseBaseline(text: string, file: string): Baseline {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw invalid(file, 'baseline is empty (expected the JSON that -f json or check --update writes)');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    throw invalid(file, `baseline is not valid JSON: ${jsonProblem(e, body)}`);
  }
  if (Array.isArray(data)) return { figures: data.map((v, i) => figureOf(v, i, file)) };
  if (isObject(data) && data[BASELINE_MARK] !== undefined) {
    if (data[BASELINE_MARK] !== BASELINE_LAYOUT) {
      throw invalid(file, `baseline layout ${JSON.stringify(data[BASELINE_MARK])} is not known (this version reads ${BASELINE_LAYOUT})`);
    }
    if (!Array.isArray(data['figures'])) throw invalid(file, 'baseline has no "figures" list');
    const version = typeof data['version'] === 'string' ? data['version'] : undefined;
    return {
      figures: data['figures'].map((v, i) => figureOf(v, i, file)),
      options: optionsOf(data['options'], file),
      ...(version === undefined ? {} : { version }),
    };
  }
  throw invalid(file, 'baseline is neither a list of figures (-f json) nor a baseline object (check --update)');
}

/** The text `check --update` writes: the object form, 2-space indented, one field a line per figure. */
export function formatBaseline(figures: readonly FigureRecord[], options: BaselineOptions, version: string): string {
  const data = {
    [BASELINE_MARK]: BASELINE_LAYOUT,
    version,
    options: { kind: options.kinds, ref_date: options.refDate, paths: options.paths },
    figures,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Reads and parses the baseline at `file` (relative to `cwd`). */
export async function readBaseline(file: string, cwd: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') throw new FigureError('E_NOT_FOUND', 'baseline not found (check --update writes one)', file);
    if (code === 'EACCES' || code === 'EPERM') throw new FigureError('E_READ', 'baseline: permission denied', file);
    if (code === 'EISDIR') throw new FigureError('E_READ', 'baseline is a directory', file);
    throw new FigureError('E_READ', `cannot read the baseline (${code ?? String(e)})`, file);
  }
  return parseBaseline(text, file);
}

/** Writes the baseline atomically: a temporary file in the same folder, renamed over the old one. */
export async function writeBaseline(file: string, cwd: string, text: string): Promise<void> {
  const out = await fileOutput(file, cwd);
  try {
    out.write(text);
    await out.drain();
  } catch (e) {
    await out.abort();
    throw e;
  }
  await out.finish();
}
