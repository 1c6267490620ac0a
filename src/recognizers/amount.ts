/**
 * An amount: a numeral, or a range of two, in front of a unit. Every kind but
 * dates and ordinals is an amount followed by its own unit word.
 *   1335亿 · 150到200 · 18岁至45 · 3至5万 · 负3.9 · 三四百 (300 to 400, about)
 */
import { type Grammar, type Groups, type Match, type Piece, grammar, piece, withMarker } from '../grammar/compose.js';
import { numeral, rangeJoiner, sign } from '../grammar/numeral.js';
import { type Exact, HALF, add, compare, div, int, mul, neg, parseDecimal } from '../numbers/exact.js';
import { CN_DIGITS } from '../lexicon/numerals.js';
import { CHANGE_BEFORE, CHANGE_NOUN } from '../lexicon/changeWords.js';
import { type Numeral, parseNumeral } from '../numbers/numeral.js';
import type { Candidate } from './types.js';
import type { Kind } from '../types.js';

/**
 * `(?<sign>)? (?<low>) [ (?<lowUnit>)? joiner (?<highSign>)? (?<high>) ] (?<unit>) tail` —
 * the unit is the recognizer's own piece; `tail` may add named groups after it.
 * A unit written at both ends must be the same (a backreference): `6个月至1年`
 * is no range, and the pattern gives `6个月` alone (the scan finds `1年` next).
 * Each end of a range has its own sign (`-5℃至3℃`, `零下5到零下1摄氏度`). A blank
 * may stand before the unit, as typeset text puts one around digits (`30 %`,
 * `200 mL`, `共有 58 个`).
 */
export function amountGrammar(unit: Piece, tail = '', subs: Record<string, Piece> = {}, signs: Piece = sign): Grammar {
  const g = grammar(
    `(?<sign> {{signs}} )?
     (?: (?<pairHead> [一二两三四五六七八九]? [十百千] )? (?<pair> [一两二三四五六七八] ) (?= [二两三四五六七八九] ) )?
     (?<low> {{numeral}} )
     (?: (?<lowUnit> {{unit}} )? {{rangeJoiner}} (?<highSign> {{signs}} )? (?<high> {{numeral}} ) (?= \\x20? \\k<lowUnit> ) )?
     \\x20? (?<unit> {{unit}} ) ${tail}`,
    { signs, numeral, rangeJoiner, unit, ...subs },
  );
  // The unit (of the low end, or of the whole after a range) starts right after a numeral: where no unit can start after the numerals here, the pattern is not run.
  return withMarker(g, piece(`{{signs}} | {{numeral}} | {{rangeJoiner}} | \\x20`, { signs, numeral, rangeJoiner }), piece(`{{unit}}`, { unit }));
}

/** Every sign is a minus but 零上 (above zero: `零下2度到零上5度`) and a plus (`环比+3.2%`, kept in `text`). */
const negative = (sign: string | undefined): boolean => sign !== undefined && sign !== '零上' && sign !== '+';

export interface Amount {
  low: Numeral;
  high: Numeral | null;
  value: Exact;
  valueMax: Exact | null;
  number: Exact;
  multiplier: Exact;
  approx: Candidate['approx'];
}

/**
 * What the pair after `head` is multiplied by: 1 when the last magnitude of
 * `head` is one place above the pair's (一百 · 二三十), 10 when two places
 * above and the pair has no magnitude (一百 · 五六); null otherwise.
 */
function placeBelow(head: string, pairLow: string): bigint | null {
  const places: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
  const lowPlace = places[pairLow.slice(-1)] ?? 0;
  const gap = places[head.slice(-1)]! - lowPlace;
  return gap === 1 ? 1n : gap === 2 && lowPlace === 0 ? 10n : null;
}

/** The second of two digits side by side, and magnitudes only: 四百 in 三四百, 三 in 两三个. */
const PAIRED = /^[两二三四五六七八九][十百千万亿]*$/;

/**
 * Reads the numerals of an amount. A magnitude written once applies to both
 * ends (`3至5万` is 30000 to 50000); a unit written twice must be the same.
 */
export function readAmount(g: Groups): Amount | null {
  const low = parseNumeral(g.low!);
  if (!low) return null;
  let high: Numeral | null = null;
  let value = low.value;
  let number = low.number;
  let multiplier = low.multiplier;
  let valueMax: Exact | null = null;
  if (negative(g.sign)) {
    value = neg(value);
    number = neg(number);
  }
  if (g.pair !== undefined) {
    // 三四百人 · 两三个 · 七八十名 · 三五年: two digits side by side, a range about that size.
    if (g.sign !== undefined || g.high !== undefined || !PAIRED.test(g.low!)) return null;
    const a = CN_DIGITS[g.pair]!;
    const b = CN_DIGITS[g.low![0]!]!;
    if (b - a !== 1 && !(a === 3 && b === 5)) return null;
    // 一二 without a numeral before it or a magnitude after it is a list (一二线城市), not a range (一二百人 is).
    if (a === 1 && g.low![0] === '二' && g.pairHead === undefined && g.low!.length === 1) return null;
    // 一百二三十, 二十五六, 十一二: the numeral before the pair is one place above it;
    // 一百五六 (the 十 left out, as in 两千五) is 150 to 160.
    const head = g.pairHead === undefined ? null : parseNumeral(g.pairHead);
    const scale = head ? placeBelow(g.pairHead!, g.low!) : 1n;
    if ((g.pairHead !== undefined && !head) || scale === null) return null;
    const each = (x: Exact): Exact => mul(mul(div(x, int(b)), int(a)), int(scale));
    const plus = (x: Exact): Exact => (head ? add(x, head.value) : x);
    return {
      low, high: low, value: plus(each(low.value)), valueMax: plus(mul(low.value, int(scale))), number: plus(each(low.number)), multiplier, approx: 'about',
    };
  }
  if (g.high !== undefined) {
    high = parseNumeral(g.high);
    if (!high) return null;
    if (g.lowUnit !== undefined && g.lowUnit !== g.unit) return null;
    if (g.lowUnit === undefined && !low.hasMagnitude && high.hasMagnitude && low.script === high.script) {
      value = mul(value, high.multiplier);
      multiplier = high.multiplier;
    }
    valueMax = negative(g.highSign) ? neg(high.value) : high.value;
    if (compare(value, valueMax) >= 0) return null; // `5-3` is no range
  }
  return { low, high, value, valueMax, number, multiplier, approx: low.approx || (high?.approx ?? '') };
}

/** A candidate from an amount with the given kind, value scale and unit. */
export function amountCandidate(
  m: Match, a: Amount, kind: Kind, unit: string, unitText: string, factor: Exact | null,
): Candidate {
  // A blank the pattern took before a unit that turned out empty is not the figure's.
  let end = m.end;
  while (end > m.start && m.text.charCodeAt(end - m.start - 1) === 0x20) end--;
  return {
    start: m.start,
    end,
    kind,
    value: factor ? mul(a.value, factor) : a.value,
    valueMax: a.valueMax ? (factor ? mul(a.valueMax, factor) : a.valueMax) : null,
    unit,
    unitText,
    number: a.number,
    multiplier: a.multiplier,
    approx: a.approx,
    change: '',
  };
}

/** Verbs of change (not the nouns 增幅, 涨幅…, nor 多, 高, 快… which compare), maybe with 了, ending the text before an amount. */
const CHANGE_VERB_BEFORE = new RegExp(
  `(?:${Object.keys(CHANGE_BEFORE)
    .filter((w) => !CHANGE_NOUN.test(w) && !['多', '少', '高', '低', '快', '慢', '翻'].includes(w))
    .sort((a, b) => b.length - a.length)
    .join('|')})了?$`,
);

/** Named groups of the recognizers' tails (see amountGrammar). */
const TAIL_GROUPS = ['per', 'half', 'more', 'cm', 'cnCm', 'tenth', 'jiao', 'fen'];

/** How many times the first end the second must be to be a level reached, not the end of a range of changes. */
const LEVEL_OVER_CHANGE = 5;

/**
 * 下调200元至4099元, 减少8.6万人至4752.3万人: after a verb of change, an
 * amount with its unit, 至 or 到, and one at least five times as large with
 * the same unit are the change and the level it reached — two figures, not a
 * range (a range of changes has ends of one size: 增加200元至300元). Gives the
 * match and amount of the change alone (the level after it is found on its
 * own), or null for a range.
 */
function changeBeforeLevel(m: Match, a: Amount, text: string): { m: Match; a: Amount } | null {
  const g = m.groups;
  if (g.high === undefined || g.lowUnit === undefined || a.valueMax === null || g.highSign !== undefined) return null;
  // What a recognizer reads after the unit (一吨半, 3岁多, 元/吨, 5元5角) belongs to the level.
  if (TAIL_GROUPS.some((name) => g[name] !== undefined)) return null;
  const lowEnd = (g.sign?.length ?? 0) + g.low!.length + g.lowUnit.length;
  if (!/^[至到]/.test(m.text.slice(lowEnd))) return null;
  if (compare(a.value, int(0)) <= 0 || compare(a.valueMax, mul(a.value, int(LEVEL_OVER_CHANGE))) < 0) return null;
  if (!CHANGE_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return null;
  const change: Match = { start: m.start, end: m.start + lowEnd, text: m.text.slice(0, lowEnd), groups: g };
  return { m: change, a: { ...a, high: null, valueMax: null, approx: a.low.approx } };
}

/** `amountCandidate`, or the change alone where the amount is a change and the level it reached (`changeBeforeLevel`). */
export function amountOrChange(m: Match, a: Amount, text: string, kind: Kind, unit: string, unitText: string, factor: Exact | null): Candidate {
  const split = changeBeforeLevel(m, a, text);
  return split ? amountCandidate(split.m, split.a, kind, unit, unitText, factor) : amountCandidate(m, a, kind, unit, unitText, factor);
}

/**
 * 多/余 right after a unit: a little more than the amount (3年多, 1米多, 3岁多,
 * 翻两番多) — not when it begins the next word (3年多个项目, 3吨多少钱).
 */
export const moreAfterUnit = piece(`[多余] (?! [少个项家种次人名位所座条件批户元万亿年月天则] | 于 | 达 | 数 )`);

/** 一吨半, 三岁半, 五个半百分点: half a unit more, only on a plain number (false: no such figure). */
export function addHalf(a: Amount): boolean {
  if (a.high || a.low.hasMagnitude) return false;
  a.value = add(a.value, HALF);
  a.number = a.value;
  return true;
}

/** Characters a numeral (and so an amount) can start with. */
export const NUMERAL_TRIGGERS = '0123456789〇零一二两三四五六七八九十百千万亿上数几负-−+';

/** What parts a list with its unit written once: 4980×1960×1480毫米, 140/90毫米汞柱, 8+256GB, 3+2年. */
const PART_JOINER = /[×*/+]/;

/**
 * Figures written with their unit once, after the last part (`4980×1960×1480毫米`,
 * `140/90毫米汞柱`, `3+2年`): one candidate a part, `raw` the parts as written
 * from `m.start`, the last reaching to the end of the match; `factor` takes a
 * part to the canonical unit.
 */
export function partsInOneUnit(m: Match, raw: string, kind: Kind, unit: string, unitText: string, factor: Exact): Candidate[] {
  const out: Candidate[] = [];
  let at = m.start;
  for (const part of raw.split(PART_JOINER)) {
    const n = parseDecimal(part);
    const end = at + part.length === m.start + raw.length ? m.end : at + part.length;
    out.push({ start: at, end, kind, value: mul(n, factor), valueMax: null, unit, unitText, number: n, multiplier: int(1), approx: '', change: '' });
    at += part.length + 1;
  }
  return out;
}
