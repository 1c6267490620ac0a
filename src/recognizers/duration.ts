/**
 * duration: a length of time.
 *   70周年 · 七十载 · 十多年 · 2100多年 · 5个多小时 · 3个月 · 10个季度 · 三年半 · 一个半小时
 * A year is a date, a number of years is a duration: `2024年` and `08年10月`
 * are left to the date recognizer.
 */
import { piece, words } from '../grammar/compose.js';
import { DURATION_UNITS } from '../lexicon/durations.js';
import { add, div, int } from '../numbers/exact.js';
import { NUMERAL_TRIGGERS, amountCandidate, amountGrammar, readAmount } from './amount.js';
import { notCounting } from './bare.js';
import type { Recognizer } from './types.js';

// 个 may carry 多/余/半 before the unit: 5个多小时, 一个半小时.
const withGe = words(Object.keys(DURATION_UNITS).filter((w) => w.startsWith('个')).map((w) => w.slice(1)));
const plain = words(Object.keys(DURATION_UNITS).filter((w) => !w.startsWith('个')));

const durationUnit = piece(
  `个 [多余半]? {{withGe}}
   | {{plain}} (?! 代 | 级 | 度 | 份 | 底 | 末 | 初 | 中 | 龄 | 华 | 薪 | 报 | 会 | 轻 | 货 | 金 | 前 (?= 第 ) )`,
  { withGe, plain },
);

/** `2024年`, `1955年`: four Arabic digits and nothing approximate is a year. */
const looksLikeYear = (low: string) => /^(1[0-9]|20|21)\d\d$/.test(low);

export const duration: Recognizer = {
  name: 'duration',
  triggers: NUMERAL_TRIGGERS + '半',
  grammar: amountGrammar(durationUnit, `(?<half> 半 )?`),
  extract(m, ctx) {
    const g = m.groups;
    // The unit may hold 个's qualifier: 个多小时, 个半小时.
    const inner = /^个([多余半])/.exec(g.unit!)?.[1];
    const word = inner ? `个${g.unit!.slice(2)}` : g.unit!;
    const unit = DURATION_UNITS[word];
    if (!unit) return null;
    if (/年/.test(word) && word !== '周年' && looksLikeYear(g.low!)) return null;
    // 08年10月, 19年2月3日: a short year followed by a month is a date.
    if (word === '年' && /^\d{2}$/.test(g.low!) && /^\s*(?:[01]?\d|[一二三四五六七八九十]{1,2})月/.test(ctx.text.slice(m.end, m.end + 4))) return null;
    const a = readAmount(g);
    if (!a) return null;
    if (inner !== '半' && !g.half && notCounting(a.low, g.low!, ctx.text, m.start, true)) return null;
    if (inner === '半' || g.half) {
      if (a.high || a.low.hasMagnitude) return null;
      a.value = add(a.value, div(int(1), int(2)));
      a.number = a.value;
    } else if (inner) {
      a.approx = 'over';
    }
    return amountCandidate(m, a, 'duration', unit, g.unit!, null);
  },
};
