/**
 * The labels stage: `label` (what a figure measures) and `period` (the date
 * that scopes it) for every figure, read from the sentence around it. Runs on
 * all candidates, before any filter by kind, so a date that is filtered out
 * still gives its period. A sentence here runs to `。！？` or a paragraph end:
 * the output splits a long sentence at `；`, but a date or a subject before
 * the `；` still governs the clauses after it. Pure.
 */
import type { Candidate } from '../recognizers/types.js';
import { isSemicolon } from '../text/charClass.js';
import type { MatchText } from '../text/matchText.js';
import { type Span, splitSentences } from '../text/sentences.js';
import { labelSentence } from './label.js';
import { periodsOf } from './period.js';

export interface Labels {
  readonly label: string;
  readonly period: string;
}

/**
 * `label` and `period` of each candidate (sorted by offset): `out[k]` is those
 * of `found[k]` (an array, not a Map keyed by candidate: one slot a figure).
 * `split` is `splitSentences(matchText.text)`, for a caller that has it already.
 */
export function assignLabels(
  matchText: MatchText,
  original: string,
  found: readonly Candidate[],
  split: readonly Span[] = splitSentences(matchText.text),
): Labels[] {
  const text = matchText.text;
  const sentences = wholeSentences(text, split);
  const out: Labels[] = new Array<Labels>(found.length);
  let k = 0;
  for (let s = 0; s < sentences.length && k < found.length; s++) {
    const sentence = sentences[s]!;
    // The last sentence takes any figure left.
    const end = s === sentences.length - 1 ? Infinity : sentence.end;
    const first = k;
    while (k < found.length && found[k]!.start < end) k++;
    if (k === first) continue;
    labelsOf(matchText, original, sentence, found.slice(first, k), first, out);
  }
  return out;
}

/** Sets `out[first + j]` to the label and period of `figs[j]`, the figures of one sentence. */
function labelsOf(matchText: MatchText, original: string, sentence: Span, figs: readonly Candidate[], first: number, out: Labels[]): void {
  const labels = labelSentence(matchText.text, sentence, figs);
  const periods = periodsOf(matchText.text, sentence, figs);
  for (let j = 0; j < figs.length; j++) {
    out[first + j] = { label: labels[j]!.render(matchText, original), period: periods[j]! };
  }
}

/** Sentences joined back across `；`. */
function wholeSentences(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const last = out[out.length - 1];
    if (last && endsWithSemicolon(text, last) && !text.slice(last.end, s.start).includes('\n')) {
      out[out.length - 1] = { start: last.start, end: s.end };
    } else out.push(s);
  }
  return out;
}

const endsWithSemicolon = (text: string, s: Span): boolean => {
  return s.end > s.start && isSemicolon(text.charCodeAt(s.end - 1));
};
