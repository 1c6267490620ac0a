/**
 * Where text read in pieces may be cut so that each piece gives exactly the
 * records it would give inside the whole: after a line that ends a sentence
 * (nothing joins across it, and a sentence ends there). A text without such
 * a line for a long stretch is cut after a full stop inside a line, and, as
 * a last resort to keep memory bounded, anywhere.
 */
import { endsComplete } from './layout.js';

export interface Cut {
  /** Cut before this UTF-16 offset. */
  at: number;
  /** The cut falls inside a line. */
  midLine: boolean;
}

/** Past these (UTF-16 units, or multiples of the segment size if larger), cut inside a line, then anywhere. */
const MID_LINE_AFTER = 64 * 1024;
const ANYWHERE_AFTER = 1024 * 1024;

const SENTENCE_END = /[。！？!?][”’」』）)》】"']*/g;

export function nextCut(buffer: string, size: number): Cut | null {
  const atLine = lastCompleteLineBreak(buffer);
  if (atLine > 0) return { at: atLine, midLine: false };
  if (buffer.length < Math.max(size * 4, MID_LINE_AFTER)) return null;
  let at = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(buffer); m; m = SENTENCE_END.exec(buffer)) {
    if (m.index + m[0].length < buffer.length) at = m.index + m[0].length;
  }
  if (at > 0) return { at, midLine: true };
  if (buffer.length < Math.max(size * 16, ANYWHERE_AFTER)) return null;
  let cut = buffer.length - 64;
  const c = buffer.charCodeAt(cut);
  if (c >= 0xdc00 && c <= 0xdfff) cut--; // never between the halves of a surrogate pair
  return { at: cut, midLine: true };
}

/** The offset after the last line break whose line (the last non-blank one before it) is complete; -1 if none. */
function lastCompleteLineBreak(buffer: string): number {
  let end = buffer.length;
  // A lone \r at the very end may still be half of a CRLF.
  if (buffer.endsWith('\r')) end--;
  for (let i = end - 1; i >= 0; i--) {
    const c = buffer.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const after = i + 1;
    // The non-blank line before this break.
    let j = i;
    while (j > 0 && /\s/.test(buffer[j - 1]!)) j--;
    if (j === 0) return -1;
    const lineStart = Math.max(buffer.lastIndexOf('\n', j - 1), buffer.lastIndexOf('\r', j - 1)) + 1;
    if (endsComplete(buffer.slice(lineStart, j))) return after;
    i = lineStart; // try the break before this line
  }
  return -1;
}
