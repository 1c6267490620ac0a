/**
 * An amount: a numeral, or a range of two, in front of a unit. Every kind but
 * dates and ordinals is an amount followed by its own unit word.
 *   1335亿 · 150到200 · 18岁至45 · 3至5万 · 负3.9
 */
import { type Grammar, type Groups, type Match, type Piece, grammar, piece } from '../grammar/compose.js';
import { allChars, firstChars, inSet } from '../grammar/firstChars.js';
import { numeral, rangeJoiner, sign } from '../grammar/numeral.js';
import { type Exact, compare, mul, neg } from '../numbers/exact.js';
import { type Numeral, parseNumeral } from '../numbers/numeral.js';
import type { Candidate } from './types.js';
import type { Kind } from '../types.js';

/**
 * `(?<sign>)? (?<low>) [ (?<lowUnit>)? joiner (?<high>) ] (?<unit>) tail` —
 * the unit is the recognizer's own piece; `tail` may add named groups after it.
 */
export function amountGrammar(unit: Piece, tail = '', subs: Record<string, Piece> = {}, signs: Piece = sign): Grammar {
  const g = grammar(
    `(?<sign> {{signs}} )?
     (?<low> {{numeral}} )
     (?: (?<lowUnit> {{unit}} )? {{rangeJoiner}} (?<high> {{numeral}} ) )?
     (?<unit> {{unit}} ) ${tail}`,
    { signs, numeral, rangeJoiner, unit, ...subs },
  );
  const mayMatchAt = unitAfterNumeral(unit, signs);
  return mayMatchAt ? { ...g, mayMatchAt } : g;
}

/**
 * A test that the unit can follow the numeral at `pos`. The unit (of the low
 * end, or of the whole after a range) starts right after a numeral, and the
 * sign, numerals and range joiner before it consume only characters of their
 * own: so between `pos` and the first character that is none of theirs (that
 * one included) a character must be one the unit can start with. Most
 * numerals are followed by a unit of one kind only, and this spares running
 * the other recognizers' patterns there. Null when the unit may be empty.
 */
function unitAfterNumeral(unit: Piece, signs: Piece): ((text: string, pos: number) => boolean) | null {
  const first = firstChars(piece(`{{unit}}`, { unit }));
  const before = allChars(piece(`{{signs}} | {{numeral}} | {{rangeJoiner}}`, { signs, numeral, rangeJoiner }));
  if (first === 'any' || before === 'any') return null;
  const canStartUnit = inSet(first);
  const isNumeral = inSet(before);
  return (text, pos) => {
    // Past a long run of numerals, say yes and let the pattern decide: looking to the end of the run from each of its characters would take the square of its length.
    const end = Math.min(text.length, pos + 1 + LOOK_AHEAD);
    for (let q = pos + 1; q < end; q++) {
      const c = text.charCodeAt(q);
      if (canStartUnit(c)) return true;
      if (!isNumeral(c)) return false;
    }
    return end < text.length;
  };
}

/** Characters `unitAfterNumeral` looks at, at most. */
const LOOK_AHEAD = 48;

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
  if (g.high !== undefined) {
    high = parseNumeral(g.high);
    if (!high) return null;
    if (g.lowUnit !== undefined && g.lowUnit !== g.unit) return null;
    if (g.lowUnit === undefined && !low.hasMagnitude && high.hasMagnitude && low.script === high.script) {
      value = mul(low.value, high.multiplier);
      number = low.number;
      multiplier = high.multiplier;
    }
    valueMax = high.value;
    if (compare(value, valueMax) >= 0) return null; // `5-3` is no range
  }
  if (g.sign !== undefined) {
    if (g.sign === '-' && g.high !== undefined) return null;
    value = neg(value);
    number = neg(number);
  }
  return { low, high, value, valueMax, number, multiplier, approx: low.approx || (high?.approx ?? '') };
}

/** A candidate from an amount with the given kind, value scale and unit. */
export function amountCandidate(
  m: Match, a: Amount, kind: Kind, unit: string, unitText: string, factor: Exact | null,
): Candidate {
  return {
    start: m.start,
    end: m.end,
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

/** Characters a numeral (and so an amount) can start with. */
export const NUMERAL_TRIGGERS = '0123456789〇零一二两三四五六七八九十百千万亿上数几负-−';
