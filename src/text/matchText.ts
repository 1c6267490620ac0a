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

/** A full-width comma between digit groups of three is a thousands separator: 1，335. */
const THOUSANDS_COMMA = /(?<=\d)，(?=\d{3}(?!\d))/g;

const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** Is there a `，` right after a digit (ASCII or full-width)? Only then can one be a thousands separator. */
function hasDigitComma(line: string): boolean {
  for (let i = line.indexOf('，', 1); i > 0; i = line.indexOf('，', i + 1)) if (isDigit(line.charCodeAt(i - 1))) return true;
  return false;
}

/** Does `a` end with a digit and `，`, and `b` start with three digits and no fourth? A thousands comma the layout cut at. */
function commaCutBeforeThousands(a: string, b: string): boolean {
  return a.endsWith('，') && a.length > 1 && isDigit(a.charCodeAt(a.length - 2)) && THREE_DIGITS.test(foldText(b.slice(0, 4)));
}
const THREE_DIGITS = /^\d{3}(?!\d)/;

/** What String.prototype.trim takes off (white space and line terminators), as a test on a code unit. */
function isTrimmed(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `continuesLine`: the text starts in the middle of a line (input read in pieces). */
export function buildMatchText(original: string, continuesLine = false): MatchText {
  const out: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  // The previous non-blank line: its trimmed text and where it ends in the original.
  let prev: string | null = null;
  let prevEnd = 0;
  let prevIsFirst = false;
  let first = true;
  const length = original.length;
  let cr = original.indexOf('\r');
  // One line at a time, found with indexOf (a CR alone breaks a line too).
  for (let lineStart = 0; lineStart < length; ) {
    let lineEnd = original.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = length;
    // The next CR is looked for again only once passed: searching from every line would cost the square of the length.
    if (cr >= 0 && cr < lineStart) cr = original.indexOf('\r', lineStart);
    if (cr >= 0 && cr < lineEnd) lineEnd = cr;
    let next = lineEnd + 1;
    if (original.charCodeAt(lineEnd) === 13 && original.charCodeAt(lineEnd + 1) === 10) next++;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isTrimmed(original.charCodeAt(start))) start++;
    while (end > start && isTrimmed(original.charCodeAt(end - 1))) end--;
    const isFirst = first;
    first = false;
    lineStart = next;
    if (start === end) continue;
    const trimmed = original.slice(start, end);
    if (prev !== null && !joinsAcross(prev, trimmed, continuesLine && prevIsFirst)) {
      out.push('\n');
      map[n++] = prevEnd;
    } else if (prev !== null && commaCutBeforeThousands(prev, trimmed)) {
      // 1，/ 335亿元: the layout cut a number at its thousands comma (one character for one: the map stays).
      const last = out.length - 1;
      out[last] = `${out[last]!.slice(0, -1)},`;
    }
    // Folding is one code unit for one and context-free: done on the whole text below. The thousands comma needs folded digits.
    out.push(hasDigitComma(trimmed) ? foldText(trimmed).replace(THOUSANDS_COMMA, ',') : trimmed);
    for (let i = start; i < end; i++) map[n++] = i;
    prev = trimmed;
    prevEnd = end;
    prevIsFirst = isFirst;
  }
  map[n] = length;
  return { text: foldText(out.join('')), toOriginal: map.subarray(0, n + 1) };
}
