/**
 * The scanner: one pass over the match text to the characters a figure can
 * start with; there, the recognizers for that character are tried, the
 * longest match wins (ties go to the earlier recognizer), and the scan goes
 * on after it. Text without a numeral costs one regex pass.
 */
import { matchAt } from './grammar/compose.js';
import { RECOGNIZERS } from './recognizers/index.js';
import type { Candidate, Context, Recognizer } from './recognizers/types.js';

const BY_CHAR = new Map<string, Recognizer[]>();
for (const r of RECOGNIZERS) {
  for (const ch of r.triggers) {
    const list = BY_CHAR.get(ch) ?? [];
    if (!list.includes(r)) list.push(r);
    BY_CHAR.set(ch, list);
  }
}
const escapeClass = (s: string) => s.replace(/[\\\]\[^-]/g, '\\$&');
const TRIGGER = new RegExp(`[${escapeClass([...BY_CHAR.keys()].join(''))}]`, 'g');

/** Left of a number, these make it part of a code: SR2501, X200, 601398.SH, v1.2 (a slash does not: 200兆瓦/400兆瓦时). */
const CODE_LEFT = /[A-Za-z0-9._#@]/;
const DIGIT_RUN = /[0-9][0-9.,]*/y;
/** A run of Chinese numeral characters (folded forms). */
const HAN_RUN = /[〇零一二两三四五六七八九十百千万亿]+/y;
/**
 * No figure is written with a longer run of Chinese numerals. Past this, a
 * run where no figure starts is skipped whole: every recognizer has read it
 * to its end once already, and trying again at each of its characters would
 * make the time grow with the square of its length.
 */
const LONG_HAN_RUN = 32;

export function scan(ctx: Context): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  TRIGGER.lastIndex = 0;
  for (let hit = TRIGGER.exec(text); hit; hit = TRIGGER.exec(text)) {
    const p = hit.index;
    const ch = text[p]!;
    const isDigit = ch >= '0' && ch <= '9';
    if (isDigit && p > 0 && CODE_LEFT.test(text[p - 1]!)) {
      skipDigits(text, p);
      continue;
    }
    if ((ch === '-' || ch === '−') && ((p > 0 && CODE_LEFT.test(text[p - 1]!)) || !/[0-9]/.test(text[p + 1] ?? ''))) continue;
    let best: Candidate[] | null = null;
    let bestEnd = p;
    for (const r of BY_CHAR.get(ch)!) {
      const m = matchAt(r.grammar, text, p);
      if (!m || m.end === p) continue;
      const found = r.extract(m, ctx);
      if (!found) continue;
      const list = Array.isArray(found) ? found : [found];
      const end = list.reduce((e, c) => Math.max(e, c.end), p);
      if (end > bestEnd) {
        best = list;
        bestEnd = end;
      }
    }
    if (best) {
      out.push(...best);
      TRIGGER.lastIndex = bestEnd;
    } else if (isDigit) {
      skipDigits(text, p);
    } else {
      HAN_RUN.lastIndex = p;
      if (HAN_RUN.test(text) && HAN_RUN.lastIndex - p > LONG_HAN_RUN) TRIGGER.lastIndex = HAN_RUN.lastIndex;
    }
  }
  return out;
}

/** A number that is no figure is skipped whole, never read from its middle. */
function skipDigits(text: string, p: number): void {
  DIGIT_RUN.lastIndex = p;
  DIGIT_RUN.exec(text);
  TRIGGER.lastIndex = Math.max(DIGIT_RUN.lastIndex, p + 1);
}
