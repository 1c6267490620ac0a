/**
 * Sentences of the match text. They end at 。！？… (with closing quotes and
 * brackets), at an author's line break, and at ； where the clause before it
 * is long. Each sentence is [start, end) in the match text.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

import { charTest, isSemicolon } from './charClass.js';

const isTerminator = charTest(/[。！？!?…\n；;]/);
const isClosing = charTest(/[”’」』）)》】"'。！？!?…]/);
const isSpace = charTest(/\s/);
/** Closing marks taken after a terminator, at most. */
const CLOSING_MAX = 8;

/** `；` ends a sentence only after a clause at least this long (in code units). */
export const LONG_CLAUSE = 60;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // A loop over char codes: a regex class of scattered CJK marks is slow to scan with.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminator(c)) continue;
    if (isSemicolon(c) && i - start < LONG_CLAUSE) continue;
    if (c === 10) {
      push(out, text, start, i);
      start = i + 1;
      continue;
    }
    let end = i + 1;
    const limit = Math.min(text.length, end + CLOSING_MAX);
    while (end < limit && isClosing(text.charCodeAt(end))) end++;
    push(out, text, start, end);
    start = end;
    i = end - 1;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}
