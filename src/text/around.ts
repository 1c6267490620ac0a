/**
 * The words around a figure that a recognizer reads for context (a price word
 * before 块, talk of heat before 度, of distance before 码): a short window
 * cut at the clause's stops, so a word of another clause never counts.
 */

const SENTENCE_STOPS = /[。；！？\n]/;
const CLAUSE_STOPS = /[，,。；！？\n]/;

/**
 * Up to `before` characters before `start` and `after` after `end`, within
 * the clause (`comma`: a comma ends it too) or the sentence.
 */
export function wordsAround(text: string, start: number, end: number, before: number, after = 0, comma = true): string {
  const stops = comma ? CLAUSE_STOPS : SENTENCE_STOPS;
  let from = start;
  while (from > 0 && start - from < before && !stops.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < after && !stops.test(text[to]!)) to++;
  return text.slice(from, to);
}
