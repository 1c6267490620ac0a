/**
 * Sentences of the match text. They end at 。！？… (with closing quotes and
 * brackets), at an author's line break, and at ； where the clause before it
 * is long. Each sentence is [start, end) in the match text.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

const TERMINATOR = /[。！？!?…\n；;]/g;
const CLOSING = /^[”’」』）)》】"'。！？!?…]*/;

/** `；` ends a sentence only after a clause at least this long (in code units). */
export const LONG_CLAUSE = 60;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const ch = m[0];
    if ((ch === '；' || ch === ';') && m.index - start < LONG_CLAUSE) continue;
    let end = m.index + 1;
    if (ch !== '\n') {
      end += CLOSING.exec(text.slice(end, end + 8))![0].length;
      TERMINATOR.lastIndex = end;
    }
    push(out, text, start, ch === '\n' ? m.index : end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
