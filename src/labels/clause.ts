/**
 * The pieces of a sentence a label is cut from. A clause ends at `，；。：`
 * (and their ASCII forms) and at the figure before; a parenthesis
 * (`西部片区（含高新区）`) and a date (`该市2024年粮食产量`) are left
 * out of a phrase, and a figure inside a parenthesis starts its clause at the `（`.
 */
import { charTest } from '../text/charClass.js';
import { BOUNDARY, CLOSE, OPEN } from './patterns.js';
import { Phrase } from './phrase.js';

// Tests on character codes: these loops look at every character of a sentence.
const isBreak = charTest(BOUNDARY);
const isOpen = charTest(OPEN);
const isClose = charTest(CLOSE);

/** Spans [start, end) of the text that no phrase takes (the dates). */
export type Holes = readonly (readonly [number, number])[];

const hasBracket = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (isOpen(ch) || isClose(ch)) return true;
  }
  return false;
};

/** Where the clause of a figure at `at` starts: after a break, an open `（`, or at `lo` (the figure before). */
export function clauseStart(text: string, lo: number, at: number): number {
  let depth = 0;
  let i = at - 1;
  for (; i >= lo; i--) {
    const ch = text.charCodeAt(i);
    if (isClose(ch)) depth++;
    else if (isOpen(ch)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && isBreak(ch)) break;
  }
  return i + 1;
}

export interface After {
  readonly phrase: Phrase;
  /** The phrase runs up to the next figure with no clause break between. */
  readonly reachesNext: boolean;
}

/** The words after a figure, up to the clause end or `hi` (the next figure). */
export function after(text: string, at: number, hi: number, nextFigure: boolean): After {
  let depth = 0;
  let i = at;
  for (; i < hi; i++) {
    const ch = text.charCodeAt(i);
    if (isOpen(ch)) depth++;
    else if (isClose(ch)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && isBreak(ch)) break;
  }
  return { phrase: outside(text, at, i, []), reachesNext: nextFigure && i === hi && depth === 0 };
}

/** A clause of a sentence; its words are read only when asked for. */
export class Clause {
  private words: Phrase | null = null;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    private readonly holes: Holes,
  ) {}

  get phrase(): Phrase {
    return (this.words ??= outside(this.text, this.start, this.end, this.holes));
  }
}

/** The clauses of `text[from, to)`. */
export function clauses(text: string, from: number, to: number, holes: Holes = []): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to) {
      const ch = text.charCodeAt(i);
      if (isOpen(ch)) depth++;
      else if (isClose(ch)) depth = Math.max(0, depth - 1);
      if (depth !== 0 || !isBreak(ch)) continue;
    }
    if (i > start) out.push(new Clause(text, start, i, holes));
    start = i + 1;
  }
  return out;
}

/** `text[start, end)` without parentheses and holes. */
export function outside(text: string, start: number, end: number, holes: Holes): Phrase {
  if (!hasBracket(text, start, end) && !holes.some(([s, e]) => s < end && e > start)) return Phrase.of(text, start, end);
  const keep = new Uint8Array(end - start);
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (isOpen(ch)) depth++;
    else if (isClose(ch) && depth > 0) {
      depth--;
      continue;
    }
    keep[i - start] = depth === 0 && !isClose(ch) ? 1 : 0;
  }
  for (const [s, e] of holes) for (let i = Math.max(s, start); i < Math.min(e, end); i++) keep[i - start] = 0;
  return Phrase.masked(text, start, keep);
}
