/**
 * money: an amount with a currency, in the currency's main unit.
 *   1335亿元 · 611.65亿美元 · 百亿元 · 123元1角1分 · 2.6万元/吨 · 85美分/磅
 */
import { grammar, piece, withMarker, words } from '../grammar/compose.js';
import { CURRENCIES, YUAN_SUBUNITS } from '../lexicon/currencies.js';
import { ZERO, add, mul, parseDecimal, parseFactor } from '../numbers/exact.js';
import { parseNumeral } from '../numbers/numeral.js';
import { NUMERAL_TRIGGERS, amountCandidate, amountGrammar, readAmount } from './amount.js';
import { perUnit } from './perUnit.js';
import type { Recognizer } from './types.js';

const currency = words(Object.keys(CURRENCIES));

// 1角1分 after 元: one digit each.
const subunitDigit = piece(`[0-9一二两三四五六七八九]`);

export const money: Recognizer = {
  name: 'money',
  triggers: NUMERAL_TRIGGERS,
  grammar: amountGrammar(
    currency,
    `(?: (?<jiao> {{subunitDigit}} ) [角毛] )?
     (?: (?<fen> {{subunitDigit}} ) 分 (?! 钟 | 之 ) )?
     (?: (?<per> {{perUnit}} ) )?`,
    { subunitDigit, perUnit },
  ),
  extract(m) {
    const g = m.groups;
    const a = readAmount(g);
    if (!a) return null;
    const cur = CURRENCIES[g.unit!]!;
    // A bare magnitude is a figure with a currency (百亿元), as the spec shows.
    const c = amountCandidate(m, a, 'money', cur.code, g.unit! + (g.per ?? ''), parseFactor(cur.factor));
    if ((g.jiao || g.fen) && cur.code === 'CNY' && !a.valueMax) {
      let v = c.value as ReturnType<typeof parseDecimal>;
      for (const [digit, word] of [[g.jiao, '角'], [g.fen, '分']] as const) {
        if (!digit) continue;
        const d = parseNumeral(digit);
        if (!d) return null;
        v = add(v, mul(d.value, parseDecimal(YUAN_SUBUNITS[word]!)));
      }
      c.value = v;
    } else if (g.jiao || g.fen) {
      return null;
    }
    return c;
  },
};

// 8角5分 · 5角: yuan subunits alone (Chinese numerals only with 分 too: 三角 is a triangle).
export const jiaoFen: Recognizer = {
  name: 'jiao-fen',
  triggers: '0123456789一二两三四五六七八九',
  grammar: withMarker(
    grammar(
      `(?: (?<jiao> [0-9] ) [角毛] (?: (?<fen> [0-9] ) 分 )? | (?<cjiao> [一二两三四五六七八九] ) [角毛] (?<cfen> [一二三四五六七八九] ) 分 )
       (?! 钟 | 之 | 形 | 洲 | 度 | 落 | 色 | 区 )`,
    ),
    piece(`[0-9一二两三四五六七八九]`),
    piece(`[角毛]`),
  ),
  extract(m) {
    let value = ZERO;
    for (const [digit, word] of [[m.groups.jiao ?? m.groups.cjiao, '角'], [m.groups.fen ?? m.groups.cfen, '分']] as const) {
      if (!digit) continue;
      const d = parseNumeral(digit);
      if (!d) return null;
      value = add(value, mul(d.value, parseDecimal(YUAN_SUBUNITS[word]!)));
    }
    return { start: m.start, end: m.end, kind: 'money', value, valueMax: null, unit: 'CNY', unitText: m.text.includes('分') ? '角分' : '角', number: null, multiplier: null, approx: '', change: '' };
  },
};
