/**
 * A list that shares one unit gives one figure per numeral:
 * `1.2、0.8和1.5个百分点` → 1.2, 0.8 and 1.5 percentage points;
 * `10、20和30亿元` → three amounts of money, each in 亿元.
 */
import { grammar } from '../grammar/compose.js';
import { listJoiner, numeral } from '../grammar/numeral.js';
import { mul } from '../numbers/exact.js';
import { parseNumeral } from '../numbers/numeral.js';
import type { Candidate } from '../recognizers/types.js';

// The item before a joiner, read backwards over a short window.
const ITEM_BEFORE = grammar(`(?<item> {{numeral}} ) (?<joiner> {{listJoiner}} ) $`, { numeral, listJoiner });
const ITEM = new RegExp(ITEM_BEFORE.re.source, '');
const WINDOW = 24;

/** The unit and magnitude a candidate lends to bare numerals before it. */
function lend(c: Candidate, item: string, start: number): Candidate | null {
  const n = parseNumeral(item);
  if (!n || n.bare || n.hasMagnitude && !c.multiplier) return null;
  const multiplier = n.hasMagnitude ? n.multiplier : c.multiplier;
  const factor = c.number && c.multiplier && typeof c.value !== 'string'
    ? { num: c.value.num * c.number.den * c.multiplier.den, den: c.value.den * c.number.num * c.multiplier.num }
    : null;
  if (!factor || factor.num === 0n || factor.den === 0n) return null;
  const base = n.hasMagnitude ? n.value : mul(n.value, multiplier!);
  return {
    ...c, start, end: start + item.length, value: mul(base, factor), valueMax: null,
    number: n.number, multiplier: multiplier!, approx: n.approx, change: c.change,
  };
}

export function shareListUnits(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let prevEnd = 0;
  for (const c of found) {
    const extra: Candidate[] = [];
    let head = c;
    const script = /^[0-9]/.test(text[c.start]!) ? 'arabic' : 'chinese';
    if (c.kind !== 'date' && c.kind !== 'ordinal' && c.valueMax === null && typeof c.value !== 'string') {
      for (;;) {
        const from = Math.max(prevEnd, head.start - WINDOW);
        const m = ITEM.exec(text.slice(from, head.start));
        if (!m) break;
        const item = m[1]!;
        const start = from + m.index;
        // Items of a list are written alike: 1.2、0.8 — not 一、2024年.
        if ((/^[0-9]/.test(item) ? 'arabic' : 'chinese') !== script) break;
        if (start > 0 && /[0-9A-Za-z.]/.test(text[start - 1]!)) break;
        const sibling = lend(c, item, start);
        if (!sibling) break;
        extra.unshift(sibling);
        head = sibling;
      }
    }
    out.push(...extra, c);
    prevEnd = c.end;
  }
  return out;
}
