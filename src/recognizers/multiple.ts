/**
 * multiple: `2倍`, `1.5倍`, `两倍`, `一倍半` (→ 1.5); `翻一番` (→ 2), `翻两番` (→ 4), `翻番` (→ 2).
 */
import { grammar } from '../grammar/compose.js';
import { int } from '../numbers/exact.js';
import { parseNumeral } from '../numbers/numeral.js';
import { NUMERAL_TRIGGERS, addHalf, amountCandidate, amountGrammar, moreAfterUnit, readAmount } from './amount.js';
import { APPROX_BEFORE } from '../lexicon/qualifiers.js';
import type { Recognizer } from './types.js';

export const multiple: Recognizer = {
  name: 'multiple',
  triggers: NUMERAL_TRIGGERS,
  // 1倍多: a little more than once; 一倍半: once and a half.
  grammar: amountGrammar('倍', `(?: (?<more> {{moreAfterUnit}} ) | (?<half> 半 ) )?`, { moreAfterUnit }),
  extract(m) {
    const a = readAmount(m.groups);
    if (a && m.groups.more) a.approx = 'over';
    if (a && m.groups.half && !addHalf(a)) return null;
    return a && amountCandidate(m, a, 'multiple', 'x', '倍', null);
  },
};

// 翻一番 · 翻了两番 · 翻番: doubling n times is a factor of 2^n, and a change up.
export const doubling: Recognizer = {
  name: 'doubling',
  triggers: '翻',
  // 翻了近两番 (under), 翻了约两番 (about), 翻两番多 (over): a qualifier inside or after.
  grammar: grammar(`翻 了? (?<q> 近 | 将近 | 约 | 超 | 超过 )? (?<n> [一两二三四五六七八九] | [1-9] )? 番 (?<more> {{moreAfterUnit}} )?`, { moreAfterUnit }),
  extract(m) {
    const g = m.groups;
    const n = g.n ? parseNumeral(g.n) : { value: int(1) };
    if (!n) return null;
    if (g.q !== undefined && g.n === undefined) return null;
    const times = Number(n.value.num / n.value.den);
    const value = int(2n ** BigInt(times));
    const approx = g.more !== undefined ? 'over' : g.q !== undefined ? (APPROX_BEFORE[g.q] ?? '') : '';
    return {
      start: m.start, end: m.end, kind: 'multiple', value, valueMax: null, unit: 'x', unitText: '番',
      number: n.value, multiplier: int(1), approx, change: 'up',
    };
  },
};
