/**
 * A list that shares one unit gives one figure per numeral:
 * `1.2、0.8和1.5个百分点` → 1.2, 0.8 and 1.5 percentage points;
 * `10、20和30亿元` → three amounts of money, each in 亿元.
 */
import { grammar } from '../grammar/compose.js';
import { listJoiner, numeral } from '../grammar/numeral.js';
import { int, mul } from '../numbers/exact.js';
import { parseNumeral } from '../numbers/numeral.js';
import type { Candidate } from '../recognizers/types.js';

// The item before a joiner, read backwards over a short window.
const ITEM_BEFORE = grammar(`(?<item> {{numeral}} ) (?<joiner> {{listJoiner}} ) $`, { numeral, listJoiner });
const ITEM = new RegExp(ITEM_BEFORE.re.source, '');
const WINDOW = 24;

const TENTHS: ReadonlySet<string> = new Set(['成', '折']);
const TEN = int(10);

/** The unit and magnitude a candidate lends to bare numerals before it. */
function lend(c: Candidate, item: string, start: number): Candidate | null {
  const n = parseNumeral(item);
  // A bare magnitude is no item (百、千万元), but ten is written 十 alone (十、二十和三十亿元).
  if (!n || (n.bare && item !== '十') || n.hasMagnitude && !c.multiplier) return null;
  // 二、三成 · 八、九折: tenths, with no number and multiplier of their own.
  if (TENTHS.has(c.unitText) && c.number === null) {
    if (n.hasMagnitude || n.decimal) return null;
    return { ...c, start, end: start + item.length, value: mul(n.value, TEN), valueMax: null, approx: n.approx, change: c.change };
  }
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

/** Only a list joiner between two items. */
const JOINED = new RegExp(`^(?:${listJoiner.source})$`);

const canLend = (c: Candidate) =>
  c.kind !== 'date' && c.kind !== 'ordinal' && c.valueMax === null && typeof c.value !== 'string' && c.unit !== '';

export function shareListUnits(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const siblings: Candidate[] = [];
    let head = c;
    if (canLend(c)) {
      // Items already read as unit-less numbers: 12.5万、8.3万和6.1万吨 — or as counts of 个
      // before 个百分点: 0.6个、0.2个和0.9个百分点.
      for (let last = out.at(-1); last; last = out.at(-1)) {
        const ge = last.kind === 'count' && last.unitText === '个' && c.unitText.startsWith('个') && text[last.end - 1] === '个';
        if (!(last.kind === 'number' && last.unit === '') && !ge) break;
        if (!JOINED.test(text.slice(last.end, head.start))) break;
        const sibling = lend(c, text.slice(last.start, ge ? last.end - 1 : last.end), last.start);
        if (!sibling) break;
        out.pop();
        siblings.unshift(ge ? { ...sibling, end: last.end } : sibling);
        head = sibling;
      }
      // Bare numerals no recognizer took: 1.2、0.8和1.5个百分点.
      const script = /^[0-9]/.test(text[c.start]!) ? 'arabic' : 'chinese';
      const floor = out.at(-1)?.end ?? 0;
      for (;;) {
        const from = Math.max(floor, head.start - WINDOW);
        const m = ITEM.exec(text.slice(from, head.start));
        if (!m) break;
        const item = m[1]!;
        const start = from + m.index;
        // Items of a list are written alike: 1.2、0.8 — not 一、2024年.
        if ((/^[0-9]/.test(item) ? 'arabic' : 'chinese') !== script) break;
        if (start > 0 && /[0-9A-Za-z.]/.test(text[start - 1]!)) break;
        const sibling = lend(c, item, start);
        if (!sibling) break;
        siblings.unshift(sibling);
        head = sibling;
      }
    }
    out.push(...siblings, c);
  }
  return out;
}

/** A day alone (`XXXX-XX-16`, or with the reference year `2025-XX-16`) and a full day before it (`2024-03-15`). */
const DAY_ALONE = /^(?:XXXX|\d{4})-XX-(\d\d)$/;
const FULL_DAY = /^((?:XXXX|\d{4}|BC\d{4})-\d\d)-\d\d$/;

/**
 * A list of days after a full date borrows its year and month: `3月15日、16日`
 * → `XXXX-03-15` and `XXXX-03-16` (as `3月15、16日` reads). The day alone
 * would take neither, or with a reference date the reference year.
 */
export function carryMonth(text: string, found: Candidate[]): Candidate[] {
  for (let k = 1; k < found.length; k++) {
    const c = found[k]!;
    const prev = found[k - 1]!;
    if (c.kind !== 'date' || prev.kind !== 'date' || typeof c.value !== 'string' || typeof prev.value !== 'string') continue;
    if (!JOINED.test(text.slice(prev.end, c.start))) continue;
    const day = DAY_ALONE.exec(c.value);
    const full = FULL_DAY.exec(prev.value);
    if (day && full) c.value = `${full[1]}-${day[1]}`;
  }
  return found;
}
