/**
 * money: an amount with a currency, in the currency's main unit.
 *   1335亿元 · 611.65亿美元 · 百亿元 · 123元1角1分 · 2.6万元/吨 · 85美分/磅 · 港币500万元 (HKD)
 */
import { grammar, piece, withMarker, words } from '../grammar/compose.js';
import { numeral, rangeJoiner } from '../grammar/numeral.js';
import { CURRENCIES, CURRENCY_SIGNS, type Currency, YUAN_SUBUNITS } from '../lexicon/currencies.js';
import { APPROX_BEFORE } from '../lexicon/qualifiers.js';
import { DURATION_UNITS } from '../lexicon/durations.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { UNITS } from '../lexicon/units.js';
import { ZERO, add, mul, parseDecimal, parseFactor, pow10 } from '../numbers/exact.js';
import { parseNumeral } from '../numbers/numeral.js';
import { NUMERAL_TRIGGERS, amountCandidate, amountGrammar, amountOrChange, readAmount } from './amount.js';
import { perDenominator } from './bare.js';
import { perUnit, spokenPerUnit } from './perUnit.js';
import type { Recognizer } from './types.js';
import { wordsAround } from '../text/around.js';

const currency = words(Object.keys(CURRENCIES));

/** What may stand between a currency named before an amount and the amount: 港币约500万元, 人民币为5000, 港币逾3亿元. */
const betweenNameAndAmount = words(['约为', '约', '为', '达', '共', '计', '近', '超', '逾', '超过', '不到', '不足', '将近', '接近', '高达', '达到', '约合', '仅']);

/** Currency names other than the yuan's, as they may stand before an amount. */
const FOREIGN_BEFORE = new RegExp(`(?<name>${words(Object.keys(CURRENCIES).filter((w) => CURRENCIES[w]!.code !== 'CNY' && w.length > 1)).source})(?:${betweenNameAndAmount.source})?$`);
const currencyBefore = (text: string, start: number): Currency | null => {
  const m = FOREIGN_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  return m ? CURRENCIES[m.groups!.name!]! : null;
};

// 1角1分 after 元: one digit each.
const subunitDigit = piece(`[0-9一二两三四五六七八九]`);

/**
 * 块 is the spoken yuan, and a measure word too (三块蛋糕): it is money with
 * 钱 (三块钱, in CURRENCIES), with the dimes after it (三块五, 3块5毛), or at
 * the end of a clause that speaks of a price (门票一百块). Otherwise the
 * count recognizer reads it.
 */
// 一杯奶茶二十五块, 一斤白菜八毛五: one of a unit or a container, then the price.
const PRICE_CUE = /(?:钱|每|价|票|费|花|付|卖|赚|挣|工资|薪|租|贵|便宜|找零|成本|收入|报酬|售|补贴|罚|借|欠|还了|打车|红包|押金|零花|一(?:杯|斤|瓶|盒|碗|份|袋|包|箱|公斤|两))/;
/** What may follow 三块五 when the 五 stands alone (no 毛/角): the end of a clause, 的, a price per unit (一块二一斤), 左右. */
const AFTER_BARE_DIMES = /^(?:$|[，。；！？、,.;!?）)\s”"]|的|一|每|左右|上下|钱)/;
const CLAUSE_END = /^(?:$|[，。；！？、,.;!?）)\s”"]|左右|上下)/;
/** A figure at the end of its clause, a price word before it in the clause: 门票一百块, 每斤八毛. */
const priceEndsClause = (text: string, start: number, end: number): boolean =>
  CLAUSE_END.test(text.slice(end, end + 2)) && PRICE_CUE.test(wordsAround(text, start, start, 20));

/** After 元, the characters of words that begin with it (not 老, 首: 100元老年补贴, 5亿元首期 are amounts). */
// (三元锂电池: a ternary lithium battery.)
const YUAN_WORD = /^[宵旦素帅凶勋锂]/;

export const money: Recognizer = {
  name: 'money',
  triggers: NUMERAL_TRIGGERS,
  // 新臺幣26兆元: 兆 before a currency is a trillion, as Taiwan writes it.
  grammar: amountGrammar(
    piece(`兆? {{currency}} | 块`, { currency }),
    `(?: (?<= 元 | 块 ) 零 (?= {{subunitDigit}} [角毛分] ) )?   # 一百二十块零五毛, 五元零五分
     (?: (?<jiao> {{subunitDigit}} ) (?: [角毛] | (?<= 块 . ) (?! [0-9〇零二两三四五六七八九十百千万亿点.%] | 一 (?! [斤个只件瓶盒袋包张份条箱克两米本杯碗] ) | (?<= 一 ) [斤个只件瓶盒袋包张份条箱克两米本杯碗公] ) ) )?
     (?: (?<fen> {{subunitDigit}} ) (?: 分 (?! 钟 | 之 ) | (?<= [角毛] . ) (?= $ | [，。；！？、,.;!?）)\s”"] | 钱 | {{spokenPerUnit}} ) ) )?   # 一块二毛五一斤: the cents' 分 left out
     (?: (?<= 块 | 块 . | [角毛] ) 钱 )?
     (?: (?<per> {{perUnit}} | {{spokenPerUnit}} ) )?`,
    { subunitDigit, perUnit, spokenPerUnit },
  ),
  extract(m, ctx) {
    const g = m.groups;
    const a = readAmount(g);
    if (!a) return null;
    // 每1美元给予0.02元的奖励, 每100元返还5元: what a rate is per is no figure (as 每10股派3元).
    if (perDenominator(ctx.text, m.start, false)) return null;
    // (苹果五块一斤, 3块/斤: a price per unit is money whatever the clause says.)
    if (g.unit === '块' && g.per === undefined && !spokenYuan(m.text, g.jiao, ctx.text, m.start, m.end)) return null;
    // 正月十五元宵节, 1月1日至3日元旦假期: 元 that begins a word (元宵, 元旦, 元素) is no yuan, and 日 before it
    // ends a day (no yen).
    if ((g.unit === '元' || g.unit === '日元') && YUAN_WORD.test(ctx.text.slice(m.end, m.end + 1))) return null;
    const trillions = g.unit!.startsWith('兆');
    const word = trillions ? g.unit!.slice(1) : g.unit!;
    if (trillions) {
      if (a.low.hasMagnitude) return null;
      a.value = mul(a.value, pow10(12));
      a.valueMax = a.valueMax && mul(a.valueMax, pow10(12));
      a.multiplier = pow10(12);
    }
    // 单位：万元, 每万元GDP: a bare magnitude that names a unit of account, no amount.
    // 单位为亿元, 以万元计: the same.
    if (a.low.bare && !a.low.approx && /(?:单位(?:为|是)?[：:]?|[：:]|每)$/.test(ctx.text.slice(Math.max(0, m.start - 4), m.start))) return null;
    if (a.low.bare && !a.low.approx && ctx.text[m.start - 1] === '以' && ctx.text[m.end] === '计') return null;
    if (a.low.bare && !a.low.approx && /^(?:GDP|地区生产总值|生产总值|产值|增加值|工业增加值)/.test(ctx.text.slice(m.end, m.end + 7))) return null;
    // 港币500万元, 新台币4280亿元: a currency named right before the amount decides what a bare 元 is.
    // 新臺幣負12億元: a 负 after the name keeps it (a minus sign does not: it may be a dash).
    const cur = (word === '元' && (g.sign === undefined || g.sign === '负') && currencyBefore(ctx.text, m.start)) || CURRENCIES[word === '块' ? '块钱' : word]!;
    // A bare magnitude is a figure with a currency (百亿元), as the spec shows.
    const c = amountOrChange(m, a, ctx.text, 'money', cur.code, word + (g.per ?? ''), parseFactor(cur.factor));
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

/** Is this 块 the spoken yuan? (see PRICE_CUE) */
function spokenYuan(figure: string, jiao: string | undefined, text: string, start: number, end: number): boolean {
  if (figure.endsWith('钱')) return true;
  const after = text.slice(end, end + 2);
  if (jiao !== undefined) return /[角毛]钱?$/.test(figure) || AFTER_BARE_DIMES.test(after);
  return priceEndsClause(text, start, end);
}

// 8角5分 · 5角: yuan subunits alone (with what a price is per: 葱八毛一斤) (Chinese numerals only with 分 or 钱 too: 三角 is a triangle);
// 9分钱, 八分钱: cents alone with 钱 (without it 9分 is points, 八分 an adverb).
export const jiaoFen: Recognizer = {
  name: 'jiao-fen',
  triggers: '0123456789一二两三四五六七八九',
  grammar: withMarker(
    grammar(
      `(?: (?<jiao> [0-9] ) [角毛] (?: (?<fen> [0-9] ) 分 )? | (?<cjiao> [一二两三四五六七八九] ) [角毛] (?<cfen> [一二三四五六七八九] ) 分 | (?<mao> [一二两三四五六七八九] ) 毛 (?: (?<maoFen> [一二三四五六七八九] ) (?= $ | [，。；！？、,.;!?）)\s”"] | {{spokenPerUnit}} | 一 [把根棵束捆] ) )?
         | (?<cjiaoQian> [一二两三四五六七八九] ) 角 (?= 钱 ) | (?<fenQian> [0-9一二两三四五六七八九] ) 分 (?= 钱 ) )
       (?<qian> 钱 )? (?! 钟 | 之 | 形 | 洲 | 度 | 落 | 色 | 区 )
       (?<per> {{spokenPerUnit}} | 一 [把根棵束捆] (?= $ | [，。；！？、,.;!?）)\s”"] ) )?   # 葱八毛一斤, 八毛五一把: a price per one`,
      { spokenPerUnit },
    ),
    piece(`[0-9一二两三四五六七八九]`),
    piece(`[角毛分]`),
  ),
  extract(m, ctx) {
    // 五毛: Chinese dimes alone are money with 钱 or at the end of a clause about a price (not 一毛不拔, the writer 三毛).
    if (m.groups.mao !== undefined && m.groups.qian === undefined && m.groups.per === undefined && !priceEndsClause(ctx.text, m.start, m.end)) return null;
    let value = ZERO;
    const g = m.groups;
    for (const [digit, word] of [[g.jiao ?? g.cjiao ?? g.mao ?? g.cjiaoQian, '角'], [g.fen ?? g.cfen ?? g.fenQian ?? g.maoFen, '分']] as const) {
      if (!digit) continue;
      const d = parseNumeral(digit);
      if (!d) return null;
      value = add(value, mul(d.value, parseDecimal(YUAN_SUBUNITS[word]!)));
    }
    const unitText = (g.fenQian !== undefined ? '分' : m.text.includes('分') || g.maoFen !== undefined ? '角分' : '角') + (g.per ?? '');
    return { start: m.start, end: m.end, kind: 'money', value, valueMax: null, unit: 'CNY', unitText, number: null, multiplier: null, approx: '', change: '' };
  },
};

/**
 * A currency sign before an amount: ¥35 · ￥1.2万 · $999 · US$5亿 · HK$300 ·
 * €20 · £5, and a range (`$10-20`). A currency word of the same currency
 * after it is part of the figure (`￥35元`). Not a sign glued to letters
 * on its left (`ABC$5`).
 */
const signs = words(Object.keys(CURRENCY_SIGNS));
export const signMoney: Recognizer = {
  name: 'sign money',
  triggers: [...new Set(Object.keys(CURRENCY_SIGNS).map((k) => k[0]!))].join(''),
  grammar: grammar(
    `(?<! [A-Za-z] ) (?<currency> {{signs}} ) \\x20? (?= \\d ) (?<low> {{numeral}} ) (?: {{rangeJoiner}} (?<high> {{numeral}} ) )? (?<word> {{currency}} )?`,
    { signs, numeral, rangeJoiner, currency },
  ),
  extract(m) {
    const g = m.groups;
    const code = CURRENCY_SIGNS[g.currency!]!;
    // ￥35元, $100美元: a word of the same currency after the amount; another currency makes it no figure.
    if (g.word !== undefined && CURRENCIES[g.word]?.code !== code) return null;
    const a = readAmount(g);
    if (!a) return null;
    return amountCandidate(m, a, 'money', code, g.currency! + (g.word ?? ''), parseFactor(g.word !== undefined ? CURRENCIES[g.word]!.factor : '1'));
  },
};

/** Currency names written before an amount: two characters or more (人民币, 港币, 美元; not 元). */
const NAMES_BEFORE = Object.keys(CURRENCIES).filter((w) => w.length > 1 && !w.startsWith('元') && CURRENCIES[w]!.factor === '1');
const nameBefore = words(NAMES_BEFORE);

/**
 * What may not follow the amount of a currency named before it: a word that
 * would be its unit (`人民币100元`, `美元2000吨`, `人民币5年`), a magnitude or
 * a qualifier read with it. Any other word may: `以港币500万收购`, `美元2000购买`.
 */
const unitAfter = words([...Object.keys(CURRENCIES), ...Object.keys(UNITS), ...MEASURE_WORDS, ...Object.keys(DURATION_UNITS), '年', '月', '日', '号', '多', '余', '十', '百', '千', '万', '亿', '兆', '块', '角', '毛', '成', '折', '倍', '点', '分']);

/** A digit within the few characters after `pos`: only there can a name before an amount be one. */
const digitSoonAfter = (text: string, pos: number): boolean => {
  for (let q = pos + 2, end = Math.min(text.length, pos + 9); q < end; q++) {
    const c = text.charCodeAt(q);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
};

/**
 * A currency named before an amount with no currency word after it:
 * 人民币5000 · 港币500万 · 折合美元约3亿. The amount must end there (a unit,
 * a measure word or 元 after it makes another figure: 人民币100元 is read by
 * money above, 美元汇率 has no amount), and not before a range joiner (新臺幣3至5億元
 * is a range that money above reads, the name before it giving its currency).
 */
export const nameFirstMoney: Recognizer = {
  name: 'currency name first',
  triggers: [...new Set(NAMES_BEFORE.map((w) => w[0]!))].join(''),
  mayFindAt: digitSoonAfter,
  grammar: grammar(
    `(?<currency> {{nameBefore}} ) (?<between> {{betweenNameAndAmount}} )? (?= \\d ) (?<low> {{numeral}} ) (?: {{rangeJoiner}} (?<high> {{numeral}} ) )?
     (?! \\x20? (?: {{unitAfter}} | [A-Za-z0-9.%‰] ) | , \\d | {{rangeJoiner}} )`,
    { nameBefore, betweenNameAndAmount, numeral, rangeJoiner, unitAfter },
  ),
  extract(m) {
    const g = m.groups;
    const a = readAmount(g);
    if (!a) return null;
    // The name is the figure's unit word, as 元 is in 5000元; a qualifier between them counts as one before the figure.
    const q = g.between === undefined ? undefined : APPROX_BEFORE[g.between];
    if (q !== undefined && a.approx === '') a.approx = q;
    return amountCandidate(m, a, 'money', CURRENCIES[g.currency!]!.code, g.currency!, null);
  },
};
