/**
 * The text the recognizers read: each character folded for matching (see
 * lexicon/script.ts), the layout's line breaks removed, the author's kept as
 * one `\n`. `toOriginal[i]` is where match character i stands in the input.
 */
import { foldText } from '../lexicon/script.js';
import { joinsAcross } from './layout.js';

export interface MatchText {
  readonly text: string;
  /** Original UTF-16 offset of each match character (and one past the end). */
  readonly toOriginal: Int32Array;
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

/** A full-width comma between digit groups of three is a thousands separator: 1，335. */
const THOUSANDS_COMMA = /(?<=\d)，(?=\d{3}(?!\d))/g;

/** `continuesLine`: the text starts in the middle of a line (input read in pieces). */
export function buildMatchText(original: string, continuesLine = false): MatchText {
  // Lines with their content bounds (trimmed) in the original.
  const lines: { start: number; end: number; trimmed: string }[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(original); m && m[0].length > 0; m = LINE.exec(original)) {
    const body = m[0].replace(/[\r\n]+$/, '');
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length, trimmed });
    if (LINE.lastIndex >= original.length) break;
  }
  const out: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  let prev: (typeof lines)[number] | null = null;
  for (const line of lines) {
    if (!line.trimmed) continue;
    if (prev && !joinsAcross(prev.trimmed, line.trimmed, continuesLine && prev === lines[0])) {
      out.push('\n');
      map[n++] = prev.end;
    }
    out.push(foldText(original.slice(line.start, line.end)).replace(THOUSANDS_COMMA, ','));
    for (let i = line.start; i < line.end; i++) map[n++] = i;
    prev = line;
  }
  map[n] = original.length;
  return { text: out.join(''), toOriginal: map.subarray(0, n + 1) };
}
