/**
 * The pieces of a sentence a label is cut from. A clause ends at `，；。：`
 * (and their ASCII forms) and at the figure before; a parenthesis
 * (`西部片区（含高新区）`) and a date (`该市2024年粮食产量`) are left
 * out of a phrase, and a figure inside a parenthesis starts its clause at the `（`.
 */
import { charTest } from '../text/charClass.js';
import { BOUNDARY, CLOSE, OPEN } from './patterns.js';
import { Phrase } from './phrase.js';

// Tests on character codes: the loops here look at every character of a sentence.
const isBreak = charTest(BOUNDARY);
const isOpen = charTest(OPEN);
const isClose = charTest(CLOSE);
const classBody = (re: RegExp): string => re.source.slice(1, -1);
const isMark = charTest(new RegExp(`[${classBody(BOUNDARY)}${classBody(OPEN)}${classBody(CLOSE)}]`));
const BRACKET = new RegExp(`[${classBody(OPEN)}${classBody(CLOSE)}]`);

/** Spans [start, end) of the text that no phrase takes (the dates). */
export type Holes = readonly (readonly [number, number])[];

/**
 * Where the clause of a figure at `at` starts: after a break, an open `（`,
 * or at `lo` (the figure before). A character at a time: within a sentence,
 * `Punctuation.clauseStart` reads the same from the sentence's marks.
 */
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

/** The words after a figure, up to the clause end or `hi` (the next figure); see `clauseStart`. */
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
    private readonly punctuation: Punctuation,
    readonly start: number,
    readonly end: number,
    private readonly holes: Holes,
  ) {}

  get phrase(): Phrase {
    return (this.words ??= this.punctuation.outside(this.start, this.end, this.holes));
  }
}

const BREAK = 0;
const OPENING = 1;
const CLOSING = 2;

/**
 * The breaks and brackets of a sentence, found with one search: where a
 * clause starts and ends is then read from them, not from every character.
 * Each method means what the function of the same name means on the text
 * (and is that function for a stretch outside the sentence).
 */
export class Punctuation {
  /** Offsets of the breaks and brackets, in order, and what each is. */
  private readonly offsets: number[] = [];
  private readonly kinds: number[] = [];

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {
    // A loop on character codes: a regex search pays a call for every mark, and marks are dense.
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (!isMark(ch)) continue;
      this.offsets.push(i);
      this.kinds.push(isOpen(ch) ? OPENING : isClose(ch) ? CLOSING : BREAK);
    }
  }

  /** Index of the first mark at or after `at`. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private inside(from: number, to: number): boolean {
    return this.start <= from && to <= this.end;
  }

  clauseStart(lo: number, at: number): number {
    if (!this.inside(lo, at)) return clauseStart(this.text, lo, at);
    if (at <= lo) return at;
    let depth = 0;
    for (let k = this.firstFrom(at) - 1; k >= 0 && this.offsets[k]! >= lo; k--) {
      const kind = this.kinds[k];
      if (kind === CLOSING) depth++;
      else if (kind === OPENING) {
        if (depth === 0) return this.offsets[k]! + 1;
        depth--;
      } else if (depth === 0) return this.offsets[k]! + 1;
    }
    return lo;
  }

  after(at: number, hi: number, nextFigure: boolean): After {
    if (!this.inside(at, hi)) return after(this.text, at, hi, nextFigure);
    let i = at;
    let depth = 0;
    if (at < hi) {
      i = hi;
      for (let k = this.firstFrom(at); k < this.offsets.length && this.offsets[k]! < hi; k++) {
        const kind = this.kinds[k];
        if (kind === OPENING) depth++;
        else if (kind === CLOSING && depth > 0) depth--;
        else if (depth === 0) {
          i = this.offsets[k]!;
          break;
        }
      }
    }
    return { phrase: this.outside(at, i, []), reachesNext: nextFigure && i === hi && depth === 0 };
  }

  clauses(holes: Holes): Clause[] {
    const out: Clause[] = [];
    let depth = 0;
    let start = this.start;
    for (let k = 0; k < this.offsets.length; k++) {
      const kind = this.kinds[k];
      if (kind === OPENING) depth++;
      else if (kind === CLOSING) depth = Math.max(0, depth - 1);
      if (depth !== 0 || kind !== BREAK) continue;
      const i = this.offsets[k]!;
      if (i > start) out.push(new Clause(this, start, i, holes));
      start = i + 1;
    }
    if (this.end > start) out.push(new Clause(this, start, this.end, holes));
    return out;
  }

  outside(start: number, end: number, holes: Holes): Phrase {
    if (!this.inside(start, end)) return outside(this.text, start, end, holes);
    if (start >= end) return Phrase.EMPTY;
    let bracket = false;
    for (let k = this.firstFrom(start); k < this.offsets.length && this.offsets[k]! < end && !bracket; k++) bracket = this.kinds[k] !== BREAK;
    if (!bracket && !overlaps(holes, start, end)) return Phrase.of(this.text, start, end);
    return outside(this.text, start, end, holes);
  }
}

const overlaps = (holes: Holes, start: number, end: number): boolean => {
  for (let k = 0; k < holes.length; k++) if (holes[k]![0] < end && holes[k]![1] > start) return true;
  return false;
};

/** `text[start, end)` without parentheses and holes. */
export function outside(text: string, start: number, end: number, holes: Holes): Phrase {
  if (start >= end) return Phrase.EMPTY;
  if (!BRACKET.test(text.slice(start, end)) && !overlaps(holes, start, end)) return Phrase.of(text, start, end);
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
