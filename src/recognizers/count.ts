/**
 * count: discrete things with their measure word, which is the unit.
 *   83个 · 3396户 · 5.4万余名 · 20万人次 · 6000余峰 · 三款 · 18岁至45岁
 */
import { piece, words } from '../grammar/compose.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { NUMERAL_TRIGGERS, amountCandidate, amountGrammar, readAmount } from './amount.js';
import { notCounting } from './bare.js';
import type { Recognizer } from './types.js';

// The measure word must not begin a longer word: 3个月 is a duration, 5名义 nothing.
const measureWord = piece(`{{mw}}`, { mw: words(MEASURE_WORDS) });

export const count: Recognizer = {
  name: 'count',
  triggers: NUMERAL_TRIGGERS,
  grammar: amountGrammar(measureWord),
  extract(m, ctx) {
    const a = readAmount(m.groups);
    if (!a || notCounting(a.low, m.groups.low!, ctx.text, m.start)) return null;
    return amountCandidate(m, a, 'count', m.groups.unit!, m.groups.unit!, null);
  },
};
