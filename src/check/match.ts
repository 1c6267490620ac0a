/**
 * Matching the figures of the documents with a baseline, by meaning rather
 * than by line. Pure.
 *
 * Within one file, a figure is first identified by its sentence and its text
 * (blanks removed, so a reflowed paragraph reads the same), and by its
 * occurrence among equals; lines inserted above it change nothing. The
 * figures left over are then paired, in this order, by:
 *
 * 1. the sentence with every figure blanked out, and the figure's place in
 *    it: the same sentence with another number or unit (`1335亿元` →
 *    `1400亿元`);
 * 2. the figure's text and both neighbouring figures' texts, then its text
 *    and one neighbour: a sentence edited around a figure that stayed
 *    (`约1335亿元`, `同比下降21.59%`);
 * 3. both neighbours alone: another figure in the same place of a sentence
 *    that was edited as well.
 *
 * A pair is `changed` when its value, value_max, unit, kind, approx or change
 * differ (only fields the baseline has are compared); with `strictPositions`,
 * an otherwise equal pair whose line or column differ is `moved`. What is left
 * is `removed` (baseline) or `added` (documents).
 */
import path from 'node:path';
import type { FigureRecord } from '../types.js';
import type { BaselineFigure } from './baseline.js';

/** The fields whose difference makes a figure `changed`, in report order. */
export const COMPARED = ['value', 'value_max', 'unit', 'kind', 'approx', 'change'] as const;
export type ComparedField = (typeof COMPARED)[number];

export interface Changed {
  readonly old: BaselineFigure;
  readonly new: FigureRecord;
  readonly fields: readonly ComparedField[];
}

export interface Moved {
  readonly old: BaselineFigure;
  readonly new: FigureRecord;
}

/** The differences in one file. */
export interface FileDifferences {
  /** The file as the documents name it (as the baseline does when only the baseline has it). */
  readonly file: string;
  readonly changed: readonly Changed[];
  readonly added: readonly FigureRecord[];
  readonly removed: readonly BaselineFigure[];
  readonly moved: readonly Moved[];
}

export interface Comparison {
  /** Files with at least one difference, documents' order first, then files only the baseline has. */
  readonly files: readonly FileDifferences[];
  /** Every file compared: in the documents or in the baseline. */
  readonly fileCount: number;
}

export interface CompareOptions {
  /** Report figures whose line or column moved. */
  readonly strictPositions?: boolean;
  /** Files to leave out (inputs that could not be read: their figures are unknown, not removed). */
  readonly skip?: ReadonlySet<string>;
}

/** The same file however the path was written (`./docs/a.txt`, `docs//a.txt`, `docs\a.txt`). */
export const fileKey = (file: string): string => (file === '-' ? '-' : path.posix.normalize(file.replace(/\\/g, '/')));

/** Blanks do not count: a reflowed line, a space after a full stop. */
const squash = (s: string): string => s.replace(/\s+/gu, '');

/** What matching needs of one side of one file, figure by figure. */
interface Side {
  readonly exact: readonly (string | undefined)[];
  readonly place: readonly (string | undefined)[];
  readonly text: readonly string[];
  readonly matched: (number | undefined)[];
}

/** Per figure: the sentence with all its figures blanked (\u0000), and the figure's index in it. */
function places(figures: readonly BaselineFigure[]): (string | undefined)[] {
  const out: (string | undefined)[] = new Array(figures.length).fill(undefined);
  let i = 0;
  while (i < figures.length) {
    const first = figures[i]!;
    if (first.sentence === undefined) {
      i++;
      continue;
    }
    // The figures of one sentence are consecutive (same index, or the same text when there is none).
    let j = i + 1;
    const same = (f: BaselineFigure): boolean =>
      f.sentence === first.sentence && (f.sentence_index === undefined || f.sentence_index === first.sentence_index);
    while (j < figures.length && same(figures[j]!)) j++;
    let blanked = '';
    let cursor = 0;
    for (let k = i; k < j; k++) {
      const text = figures[k]!.text;
      const at = text === '' ? -1 : first.sentence.indexOf(text, cursor);
      if (at < 0) continue;
      blanked += first.sentence.slice(cursor, at) + '\u0000';
      cursor = at + text.length;
    }
    blanked = squash(blanked + first.sentence.slice(cursor));
    for (let k = i; k < j; k++) out[k] = `${blanked}\u0001${k - i}`;
    i = j;
  }
  return out;
}

function side(figures: readonly BaselineFigure[]): Side {
  return {
    exact: figures.map((f) => (f.sentence === undefined ? undefined : `${squash(f.sentence)}\u0001${squash(f.text)}`)),
    place: places(figures),
    text: figures.map((f) => squash(f.text)),
    matched: new Array(figures.length).fill(undefined),
  };
}

/** The neighbour's text, `^`/`$` at the ends of the file. */
const neighbour = (s: Side, i: number, step: -1 | 1): string => s.text[i + step] ?? (step < 0 ? '\u0002^' : '\u0002$');

/**
 * Pairs the figures not yet matched whose keys are equal, the first with the
 * first (occurrence among equals). An undefined key matches nothing.
 */
function pairBy(old: Side, now: Side, key: (s: Side, i: number) => string | undefined): void {
  const waiting = new Map<string, number[]>();
  old.matched.forEach((m, i) => {
    const k = m === undefined ? key(old, i) : undefined;
    if (k === undefined) return;
    const list = waiting.get(k);
    if (list) list.push(i);
    else waiting.set(k, [i]);
  });
  now.matched.forEach((m, j) => {
    const k = m === undefined ? key(now, j) : undefined;
    const i = k === undefined ? undefined : waiting.get(k)?.shift();
    if (i === undefined) return;
    old.matched[i] = j;
    now.matched[j] = i;
  });
}

const PASSES: readonly ((s: Side, i: number) => string | undefined)[] = [
  (s, i) => s.exact[i],
  (s, i) => s.place[i],
  (s, i) => `${s.text[i]}\u0001${neighbour(s, i, -1)}\u0001${neighbour(s, i, 1)}`,
  (s, i) => `${s.text[i]}\u0001${neighbour(s, i, -1)}`,
  (s, i) => `${s.text[i]}\u0001\u0001${neighbour(s, i, 1)}`,
  (s, i) => `\u0001${neighbour(s, i, -1)}\u0001${neighbour(s, i, 1)}`,
];

/** The compared fields that differ; a field the baseline left out is not compared. */
export function changedFields(old: BaselineFigure, now: FigureRecord): ComparedField[] {
  return COMPARED.filter((f) => old[f] !== undefined && old[f] !== now[f]);
}

/** Compares one file's figures (each side in file order). */
export function compareFile(file: string, old: readonly BaselineFigure[], now: readonly FigureRecord[], options: CompareOptions = {}): FileDifferences {
  const a = side(old);
  const b = side(now);
  for (const pass of PASSES) pairBy(a, b, pass);
  const changed: Changed[] = [];
  const moved: Moved[] = [];
  b.matched.forEach((i, j) => {
    if (i === undefined) return;
    const [o, n] = [old[i]!, now[j]!];
    const fields = changedFields(o, n);
    if (fields.length > 0) changed.push({ old: o, new: n, fields });
    else if (options.strictPositions && o.line !== undefined && (o.line !== n.line || (o.column !== undefined && o.column !== n.column))) {
      moved.push({ old: o, new: n });
    }
  });
  return {
    file,
    changed,
    added: now.filter((_, j) => b.matched[j] === undefined),
    removed: old.filter((_, i) => a.matched[i] === undefined),
    moved,
  };
}

/** Figures grouped by file, keeping the order files first appear in. */
function byFile<T extends { file: string }>(figures: readonly T[]): Map<string, { file: string; figures: T[] }> {
  const files = new Map<string, { file: string; figures: T[] }>();
  for (const f of figures) {
    const key = fileKey(f.file);
    const entry = files.get(key);
    if (entry) entry.figures.push(f);
    else files.set(key, { file: f.file, figures: [f] });
  }
  return files;
}

/**
 * Compares the documents' figures with the baseline's. `files` are the
 * documents read, in order (a file without figures is still compared: its
 * baseline figures are removed).
 */
export function compare(
  baseline: readonly BaselineFigure[],
  current: readonly FigureRecord[],
  files: readonly string[],
  options: CompareOptions = {},
): Comparison {
  const old = byFile(baseline);
  const now = byFile(current);
  const order = new Map<string, string>();
  for (const f of files) if (!order.has(fileKey(f))) order.set(fileKey(f), f);
  for (const [key, { file }] of now) if (!order.has(key)) order.set(key, file);
  for (const [key, { file }] of old) if (!order.has(key)) order.set(key, file);
  const skip = new Set([...(options.skip ?? [])].map(fileKey));
  const out: FileDifferences[] = [];
  let fileCount = 0;
  for (const [key, file] of order) {
    if (skip.has(key)) continue;
    fileCount++;
    const d = compareFile(file, old.get(key)?.figures ?? [], now.get(key)?.figures ?? [], options);
    if (d.changed.length + d.added.length + d.removed.length + d.moved.length > 0) out.push(d);
  }
  return { files: out, fileCount };
}
