/**
 * The report of a check, three ways. Pure: each function returns text.
 *
 * - `textReport`, for people (coloured when `colorLevel` > 0):
 *
 *     docs/a.txt
 *       changed  docs/a.txt:1:7  money  营业收入  133500000000 CNY → 140000000000 CNY  (value)
 *         全年营业收入【1400亿元】，同比增长21.59%。
 *       added    docs/a.txt:3:1  count  12 座
 *         …
 *
 *     1 changed, 1 added, 0 removed in 1 of 14 files
 *
 * - `jsonReport`, the same as one JSON object, for other tools;
 * - `annotations`, GitHub Actions workflow commands (`::error file=…,line=…::…`).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { BaselineFigure } from './baseline.js';
import type { ComparedField, Comparison, FileDifferences } from './match.js';

export interface Summary {
  readonly changed: number;
  readonly added: number;
  readonly removed: number;
  readonly moved: number;
  /** Files with at least one difference. */
  readonly files_differing: number;
  /** Files compared. */
  readonly files: number;
}

export interface ReportOptions {
  /** Also count and show moved figures (--strict-positions). */
  readonly strictPositions?: boolean;
  /** chalk colour level; 0 marks the figure in its sentence with 【】. */
  readonly colorLevel?: 0 | 1 | 2 | 3;
}

type Category = 'changed' | 'added' | 'removed' | 'moved';

/** One difference, ready to print. */
interface Entry {
  readonly category: Category;
  /** The figure whose place is shown: the new one, the old one for `removed`. */
  readonly at: BaselineFigure;
  /** What follows the position: kind, label, value and unit, what changed. */
  readonly pieces: readonly string[];
}

export function summarize(c: Comparison): Summary {
  const sum = (f: (d: FileDifferences) => number): number => c.files.reduce((n, d) => n + f(d), 0);
  return {
    changed: sum((d) => d.changed.length),
    added: sum((d) => d.added.length),
    removed: sum((d) => d.removed.length),
    moved: sum((d) => d.moved.length),
    files_differing: c.files.length,
    files: c.fileCount,
  };
}

/** `3 changed, 1 added, 0 removed in 2 of 14 files` (and `, 2 moved` with --strict-positions). */
export function summaryLine(s: Summary, options: ReportOptions = {}): string {
  const moved = options.strictPositions ? `, ${s.moved} moved` : '';
  return `${s.changed} changed, ${s.added} added, ${s.removed} removed${moved} in ${s.files_differing} of ${s.files} ${s.files === 1 ? 'file' : 'files'}`;
}

/** `133500000000 CNY`, `150–200 m3`, `2025-08-21` (a date's unit goes without saying). */
export function showValue(f: BaselineFigure): string {
  const range = f.value_max === null || f.value_max === undefined ? String(f.value) : `${f.value}–${f.value_max}`;
  return f.unit === undefined || f.unit === '' || f.unit === 'date' ? range : `${range} ${f.unit}`;
}

const showField = (v: unknown): string => (v === '' || v === null || v === undefined ? 'none' : String(v));

/** `value`, `unit`, `approx: none → about`: the fields that changed (the value and unit are on the line already). */
function fieldNote(field: ComparedField, old: BaselineFigure, now: BaselineFigure): string {
  if (field === 'value' || field === 'value_max' || field === 'unit') return field;
  return `${field}: ${showField(old[field])} → ${showField(now[field])}`;
}

/** Kind and label, when there are. */
const about = (f: BaselineFigure): string[] => [f.kind ?? '', f.label ?? ''].filter((s) => s !== '');

function entries(d: FileDifferences, options: ReportOptions): Entry[] {
  const out: Entry[] = [];
  for (const c of d.changed) {
    const note = c.fields.map((f) => fieldNote(f, c.old, c.new)).join(', ');
    const label = c.new.label || c.old.label || '';
    const kind = c.fields.includes('kind') ? '' : c.new.kind;
    const head = [kind, label].filter((s) => s !== '');
    out.push({ category: 'changed', at: c.new, pieces: [...head, `${showValue(c.old)} → ${showValue(c.new)}`, `(${note})`] });
  }
  for (const f of d.added) out.push({ category: 'added', at: f, pieces: [...about(f), showValue(f)] });
  for (const f of d.removed) out.push({ category: 'removed', at: f, pieces: [...about(f), showValue(f)] });
  if (options.strictPositions) {
    for (const m of d.moved) {
      const was = m.old.column === undefined ? `line ${m.old.line}` : `${m.old.line}:${m.old.column}`;
      out.push({ category: 'moved', at: m.new, pieces: [...about(m.new), showValue(m.new), `(was ${was})`] });
    }
  }
  return out;
}

/** `file:line:column`, as much of it as the figure has. */
const position = (f: BaselineFigure): string[] => [f.file, ...(f.line === undefined ? [] : [String(f.line)]), ...(f.line !== undefined && f.column !== undefined ? [String(f.column)] : [])];

/** The sentence with the figure marked. */
function marked(f: BaselineFigure, mark: (s: string) => string): string | undefined {
  if (f.sentence === undefined) return undefined;
  const at = f.text === '' ? -1 : f.sentence.indexOf(f.text);
  if (at < 0) return f.sentence;
  return f.sentence.slice(0, at) + mark(f.text) + f.sentence.slice(at + f.text.length);
}

export function textReport(c: Comparison, options: ReportOptions = {}): string {
  const level = options.colorLevel ?? 0;
  const k: ChalkInstance = new Chalk({ level });
  const colour: Record<Category, ChalkInstance> = { changed: k.yellow, added: k.green, removed: k.red, moved: k.cyan };
  const blocks: string[] = [];
  for (const d of c.files) {
    const list = entries(d, options);
    if (list.length === 0) continue;
    const lines = [k.bold(d.file)];
    for (const e of list) {
      const [file, ...numbers] = position(e.at);
      const where = [k.magenta(file!), ...numbers.map((n) => k.green(n))].join(':');
      lines.push(`  ${colour[e.category](e.category.padEnd(7))}  ${where}  ${e.pieces.join('  ')}`);
      const mark = level > 0 ? (s: string) => colour[e.category].bold(s) : (s: string) => `【${s}】`;
      const sentence = marked(e.at, mark);
      if (sentence !== undefined) lines.push(`    ${sentence}`);
    }
    blocks.push(lines.join('\n') + '\n');
  }
  const summary = summarize(c);
  const last = summaryLine(summary, options);
  blocks.push(`${summary.files_differing === 0 ? k.green(last) : k.bold(last)}\n`);
  return blocks.join('\n');
}

/** The report as one JSON object (2-space indented): summary, then the files that differ. */
export function jsonReport(c: Comparison, baseline: string, options: ReportOptions = {}): string {
  const summary = summarize(c);
  const report = {
    baseline,
    summary,
    files: c.files.map((d) => ({
      file: d.file,
      changed: d.changed.map((x) => ({ fields: x.fields, old: x.old, new: x.new })),
      added: d.added,
      removed: d.removed,
      moved: options.strictPositions ? d.moved.map((x) => ({ old: x.old, new: x.new })) : [],
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Workflow command escaping: the message, and (more strictly) a property value. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One `::error` line per difference, for GitHub Actions to show on the pull
 * request: `::error file=a.txt,line=1,col=7,title=…::changed money … (value)%0Asentence`.
 * Standard input (`-`) has no file to point at.
 */
export function annotations(c: Comparison, options: ReportOptions = {}): string {
  let out = '';
  for (const d of c.files) {
    for (const e of entries(d, options)) {
      const props: string[] = [];
      if (e.at.file !== '-') {
        props.push(`file=${escapeProperty(e.at.file)}`);
        if (e.at.line !== undefined) props.push(`line=${e.at.line}`);
        if (e.at.line !== undefined && e.at.column !== undefined) props.push(`col=${e.at.column}`);
      }
      props.push(`title=${escapeProperty(`extract-figures: figure ${e.category}`)}`);
      const sentence = e.at.sentence === undefined ? '' : `\n${e.at.sentence}`;
      out += `::error ${props.join(',')}::${escapeData(`${e.category} ${e.at.text}: ${e.pieces.join('  ')}${sentence}`)}\n`;
    }
  }
  return out;
}
