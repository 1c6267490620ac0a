/**
 * Drops what looks like a figure but is a name or a set phrase: numerals
 * inside idioms (千方百计, 一年一度) and short quoted names (“新三样”).
 */
import { words } from '../grammar/compose.js';
import { IDIOMS, QUOTED_NAME_MAX, QUOTE_PAIRS } from '../lexicon/notFigures.js';
import type { Candidate } from '../recognizers/types.js';

const IDIOM = new RegExp(words(IDIOMS).source, 'g');
const LONGEST_IDIOM = Math.max(...IDIOMS.map((w) => w.length));

function insideIdiom(text: string, c: Candidate): boolean {
  const from = Math.max(0, c.start - LONGEST_IDIOM);
  const window = text.slice(from, c.end + LONGEST_IDIOM);
  IDIOM.lastIndex = 0;
  for (let m = IDIOM.exec(window); m; m = IDIOM.exec(window)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (s < c.end && e > c.start) return true;
  }
  return false;
}

function insideQuotedName(text: string, c: Candidate): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    const o = text.lastIndexOf(open, c.start - 1);
    if (o < 0 || c.start - o > QUOTED_NAME_MAX) continue;
    const e = text.indexOf(close, c.end);
    if (e < 0 || e - o - 1 > QUOTED_NAME_MAX) continue;
    // Nothing but the name between the marks.
    if (!/[，。；\n]/.test(text.slice(o + 1, e))) return true;
  }
  return false;
}

export function dropNotFigures(text: string, found: Candidate[]): Candidate[] {
  // An explicit ordinal (第四张) inside quotes is still a rank: “第四张报表”.
  const named = (c: Candidate) => !(c.kind === 'ordinal' && text[c.start] === '第') && insideQuotedName(text, c);
  return found.filter((c) => c.kind === 'date' || !(insideIdiom(text, c) || named(c)));
}
