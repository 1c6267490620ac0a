/**
 * From a candidate in the match text to the public record: positions mapped
 * back to the input (code points, 1-based lines and columns), exact values
 * rounded once to the nearest double, the sentence as written.
 */
import type { Candidate } from './recognizers/types.js';
import type { LineIndex } from './text/lines.js';
import type { MatchText } from './text/matchText.js';
import type { Span } from './text/sentences.js';
import { type Exact, toNumber } from './numbers/exact.js';
import type { FigureRecord } from './types.js';

/**
 * Layout line breaks (and the blanks around them) are not part of what was
 * written: what replacing every `[ \t\u3000]*(?:\r\n|\r|\n)\s*` with nothing
 * gives, in linear time (that regex retries each blank of a long run of
 * blanks with no break after it: quadratic).
 */
const BREAK = /(?:\r\n|\r|\n)\s*/g;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;
export function unbreak(s: string): string {
  BREAK.lastIndex = 0;
  let m = BREAK.exec(s);
  if (!m) return s;
  let out = '';
  let from = 0;
  for (; m; m = BREAK.exec(s)) {
    let end = m.index;
    while (end > from && isBlank(s.charCodeAt(end - 1))) end--;
    out += s.slice(from, end);
    from = m.index + m[0].length;
  }
  return out + s.slice(from);
}

const num = (v: Exact | string | null): number | string | null => (v === null || typeof v === 'string' ? v : toNumber(v));

/** The original [start, end) of a match-text span. */
export function originalSpan(mt: MatchText, original: string, start: number, end: number): [number, number] {
  const s = mt.toOriginal[start]!;
  let e = mt.toOriginal[end - 1]! + 1;
  const c = original.charCodeAt(e - 1);
  if (c >= 0xd800 && c <= 0xdbff) e++;
  return [s, e];
}

export interface RecordContext {
  readonly file: string;
  readonly original: string;
  readonly matchText: MatchText;
  readonly lines: LineIndex;
  readonly sentences: readonly Span[];
  /** Where this piece starts in the whole input. */
  readonly base: Base;
}

/** What came before a piece of input read in pieces: code points, line breaks, code points on the current line, sentences. */
export interface Base {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly sentence: number;
}

/** A position inside the piece, as a position in the whole input. */
function shift(p: { line: number; column: number }, base: Base): { line: number; column: number } {
  return { line: p.line + base.line, column: p.line === 1 ? p.column + base.column : p.column };
}

export function toRecord(c: Candidate, sentenceIndex: number, ctx: RecordContext): FigureRecord {
  const { original, lines } = ctx;
  const [s, e] = originalSpan(ctx.matchText, original, c.start, c.end);
  const first = shift(lines.position(s), ctx.base);
  const last = shift(lines.position(lastCharStart(original, e)), ctx.base);
  const sentence = ctx.sentences[sentenceIndex]!;
  const [ss, se] = originalSpan(ctx.matchText, original, sentence.start, sentence.end);
  const offset = lines.codePoint(s);
  const text = unbreak(original.slice(s, e));
  return {
    file: ctx.file,
    line: first.line,
    column: first.column,
    end_line: last.line,
    end_column: last.column,
    offset: offset + ctx.base.offset,
    length: lines.codePoint(e) - offset,
    text,
    kind: c.kind,
    value: num(c.value)!,
    value_max: num(c.valueMax),
    unit: c.unit,
    number: c.number ? toNumber(c.number) : null,
    multiplier: c.multiplier ? toNumber(c.multiplier) : null,
    unit_text: asWritten(c, text, ctx.matchText.text),
    approx: c.approx,
    change: c.change,
    label: '',
    period: '',
    sentence_index: sentenceIndex + ctx.base.sentence,
    sentence: sentenceText(ctx, ss, se),
  };
}

/** The last sentence written out for a context: the figures of one sentence come together, and a sentence can be long. */
const lastSentence = new WeakMap<RecordContext, { start: number; end: number; text: string }>();

function sentenceText(ctx: RecordContext, start: number, end: number): string {
  const last = lastSentence.get(ctx);
  if (last && last.start === start && last.end === end) return last.text;
  const text = unbreak(ctx.original.slice(start, end));
  lastSentence.set(ctx, { start, end, text });
  return text;
}

/** The unit as written: folding is one character for one, so the same place in the original. */
function asWritten(c: Candidate, text: string, matchText: string): string {
  const folded = matchText.slice(c.start, c.end);
  const at = folded.lastIndexOf(c.unitText);
  return at >= 0 && folded.length === text.length ? text.slice(at, at + c.unitText.length) : c.unitText;
}

function lastCharStart(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c >= 0xdc00 && c <= 0xdfff && end >= 2 ? end - 2 : end - 1;
}
