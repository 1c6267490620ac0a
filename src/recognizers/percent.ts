/**
 * percent: `21.59%`, `３３．４９％`, `2.41‰` (→ 0.241), `百分之五`,
 * `千分之三` (→ 0.3), `三成` (→ 30), `八折` (→ 80), `七五折` (→ 75), `对折` (→ 50).
 */
import { grammar, piece, withMarker, words } from '../grammar/compose.js';
import { numeral, rangeJoiner } from '../grammar/numeral.js';
import { CN_DIGITS } from '../lexicon/numerals.js';
import { type Exact, HALF, add, compare, div, int, mul, neg, parseDecimal } from '../numbers/exact.js';
import { parseNumeral } from '../numbers/numeral.js';
import { NUMERAL_TRIGGERS, addHalf, amountCandidate, amountGrammar, amountOrChange, moreAfterUnit, readAmount } from './amount.js';
import type { Candidate, Recognizer } from './types.js';

/**
 * Per-mille and per-ten-thousand signs, scaled to percent; rates per
 * 10 000 and per 100 000 as health statistics write them (`8.9/10万` →
 * 0.0089 %, as `‱` is a hundredth of a percent).
 */
const SIGNS: Readonly<Record<string, string>> = {
  '%': '1', '‰': '0.1', '‱': '0.01', '/千': '0.1', '/万': '0.01', '/1万': '0.01', '/10万': '0.001', '/十万': '0.001', '/100万': '0.0001', '/百万': '0.0001',
};

export const percent: Recognizer = {
  name: 'percent',
  triggers: NUMERAL_TRIGGERS,
  // 5%多: a little more than the percentage.
  grammar: amountGrammar(words(Object.keys(SIGNS)), `(?<more> {{moreAfterUnit}} )?`, { moreAfterUnit }),
  extract(m) {
    const a = readAmount(m.groups);
    if (a && m.groups.more !== undefined) a.approx = 'over';
    return a && amountCandidate(m, a, 'percent', '%', m.groups.unit!, parseDecimal(SIGNS[m.groups.unit!]!));
  },
};

/** 分, the character every base of a percentage in words has. */
const FEN = 0x5206;

/** 百分之五 → 5, 千分之三 → 0.3, 万分之五 → 0.05, 十万分之三十一 → 0.031 (a rate per 10万, as 31/10万). */
const BASES: Readonly<Record<string, Exact>> = {
  百分之: int(1), 千分之: div(int(1), int(10)), 万分之: div(int(1), int(100)),
  十万分之: div(int(1), int(1000)), 百万分之: div(int(1), int(10000)), 千万分之: div(int(1), int(100000)), 亿分之: div(int(1), int(1000000)),
};

export const percentWords: Recognizer = {
  name: 'percent-words',
  triggers: '十百千万亿负',
  // Its bases have 分 one to three characters on (百分之, 十万分之, 负十万分之): elsewhere, at these common
  // characters, the pattern is not run.
  mayFindAt: (text, pos) => text.charCodeAt(pos + 1) === FEN || text.charCodeAt(pos + 2) === FEN || text.charCodeAt(pos + 3) === FEN,
  // 百分之三到五 · 百分之三至百分之五: a range, the base written once or twice.
  grammar: grammar(
    `(?<sign> 负 )? (?<base> 十万分之 | 百万分之 | 千万分之 | 亿分之 | 百分之 | 千分之 | 万分之 ) (?: (?<pair> [一两二三四五六七八] ) (?= [二三四五六七八九] ) )?
     (?<n> {{numeral}} ) (?: {{rangeJoiner}} (?: \\k<base> )? (?<high> {{numeral}} ) )?`,
    { numeral, rangeJoiner },
  ),
  extract(m) {
    const n = parseNumeral(m.groups.n!);
    if (!n) return null;
    const base = BASES[m.groups.base!]!;
    let value = mul(n.value, base);
    if (m.groups.sign) value = neg(value);
    const c = simple(m.start, m.end, value, m.groups.base!, n.approx);
    if (c && m.groups.pair !== undefined) {
      // 百分之七八十: two digits side by side, about that much.
      const a = CN_DIGITS[m.groups.pair]!;
      const b = CN_DIGITS[m.groups.n![0]!];
      if (b === undefined || b - a !== 1 || m.groups.high !== undefined || !/^.[十百]?$/.test(m.groups.n!)) return null;
      c.valueMax = value;
      c.value = mul(div(value, int(b)), int(a));
      c.approx = 'about';
      return c;
    }
    if (c && m.groups.high !== undefined) {
      const high = parseNumeral(m.groups.high);
      if (!high || compare(value, mul(high.value, base)) >= 0) return null;
      c.valueMax = mul(high.value, base);
    }
    return c;
  },
};

// 三成 · 七成多 · 两成半 · 三成半 · 2至3成 · 五成至六成 · 3.5成 · 二点五成 · 零点三成: tenths. Not 成 starting a word (成本, 成员, 成交, 成就…; but 首付三成就够了).
const tenthDigit = piece(`十 | (?: [一二两三四五六七八九] | 零 (?= 点 ) ) (?: 点 [〇零一二三四五六七八九]+ )? | 10 | [1-9] (?: \\.\\d+ )? | 0 \\.\\d+`);
const tenthsGrammar = withMarker(grammar(
  `(?: (?<low> {{tenthDigit}} ) 成? {{rangeJoiner}} | (?<pairLow> [一两二三四五六七八] ) (?= [二三四五六七八九] 成 ) )?
   (?<n> {{tenthDigit}} ) (?<half> 半 )? 成
   (?: (?<more> 多 ) | (?<tenth> [一二三四五六七八九] ) (?! 年 | 个 ) | (?<halfAfter> 半 ) | (?! [本员交果为立功长熟都型效绩品年人片群绩色分] | 就 (?! 够 | 可 | 行 | 能 | 好 | 是 | 要 | 有 | 业 ) ) )`,
  { tenthDigit, rangeJoiner },
), piece(`{{tenthDigit}} | 半 | {{rangeJoiner}}`, { tenthDigit, rangeJoiner }), piece(`成`));

export const tenths: Recognizer = {
  name: 'tenths',
  triggers: '0123456789零一二两三四五六七八九十',
  grammar: tenthsGrammar,
  extract(m) {
    const n = parseNumeral(m.groups.n!);
    if (!n) return null;
    // 三成五 is 35%: the digit after 成 is one more place.
    const { half, halfAfter, tenth, pairLow } = m.groups;
    const low = m.groups.low ?? pairLow;
    const extra = half || halfAfter ? HALF : tenth ? div(int('〇一二三四五六七八九'.indexOf(tenth)), int(10)) : int(0);
    // 二点五成三 is no figure: a decimal and a digit after 成 both say the next place.
    if (n.decimal && (tenth || half || halfAfter)) return null;
    const tenths = add(n.value, extra);
    const c = simple(m.start, m.end, mul(tenths, int(10)), '成', m.groups.more ? 'over' : '');
    if (!c) return null;
    if (low !== undefined) {
      // 2至3成: the low end in tenths too.
      const from = parseNumeral(low);
      if (!from || compare(from.value, tenths) >= 0) return null;
      c.valueMax = c.value;
      c.value = mul(from.value, int(10));
      // 八九成: two digits side by side, about that much.
      if (pairLow !== undefined) {
        if (tenths.num - from.value.num !== from.value.den || tenth || half || halfAfter) return null;
        c.approx = 'about';
      }
    }
    return c;
  },
};

// 八折 (80) · 七五折 (75) · 8.5折 (85) · 三点五折 (35) · 对折 (50). Not 折合, 折扣, 折旧…, nor the idioms 一波三折, 七折八扣.
const discountGrammar = withMarker(grammar(
  `(?: (?<lowCn> [一二三四五六七八九] ) 折? {{rangeJoiner}} )?     # 七至八折 · 七折至八折 · 95折
   (?: (?<cnDec> [零一二三四五六七八九] 点 [一二三四五六七八九] ) | (?<! 波 ) (?<cn> [一二两三四五六七八九]{1,2} ) | (?<! [\\d.] ) (?<ar2> [1-9][1-9] ) | (?<ar> [1-9] (?: \\.\\d )? ) | (?<half> 对 ) ) 折
   (?! [合扣旧算射线叠返腾价伞页扇纸痕腰断磨] | [一二三四五六七八九] 扣 | (?<= 对折 ) \\x20? (?: \\d | [一二两三四五六七八九十] ) )`, // 三折伞, 对折7次: a folding, no discount
  { rangeJoiner },
), piece(`[零一二两三四五六七八九] | 点 | [1-9] | \\.\\d | 对 | {{rangeJoiner}}`, { rangeJoiner }), piece(`折`));

export const discount: Recognizer = {
  name: 'discount',
  triggers: '123456789零一二两三四五六七八九对',
  grammar: discountGrammar,
  extract(m) {
    const { cn, cnDec, ar, ar2, half, lowCn } = m.groups;
    let value: Exact;
    if (half) value = int(50);
    // 95折, 85折: two digits written as in 九五折.
    else if (ar2) value = int(Number(ar2));
    else if (ar) value = mul(parseDecimal(ar), int(10));
    else if (cnDec) value = int(CN_DIGITS[cnDec[0]!]! * 10 + CN_DIGITS[cnDec[2]!]!);
    else {
      const digits = Array.from(cn!, (c) => CN_DIGITS[c]!);
      value = digits.length === 1 ? int(digits[0]! * 10) : int(digits[0]! * 10 + digits[1]!);
    }
    if (lowCn === undefined) return simple(m.start, m.end, value, '折', '');
    // 七至八折: a range of single-digit discounts.
    const low = int(CN_DIGITS[lowCn]! * 10);
    if (!cn || cn.length !== 1 || compare(low, value) >= 0) return null;
    const c = simple(m.start, m.end, low, '折', '');
    if (c) c.valueMax = value;
    return c;
  },
};

function simple(start: number, end: number, value: Exact, unitText: string, approx: Candidate['approx']): Candidate | null {
  if (compare(value, int(0)) === 0 && unitText === '折') return null;
  return { start, end, kind: 'percent', value, valueMax: null, unit: '%', unitText, number: null, multiplier: null, approx, change: '' };
}

/** percentage_point: `2个百分点`, `0.5个百分点`. */
export const percentagePoint: Recognizer = {
  name: 'percentage-point',
  triggers: NUMERAL_TRIGGERS,
  // A basis point is a hundredth of a percentage point: 下调25个基点 → 0.25 pp.
  // 2个多百分点 (over) · 五个半百分点 (5.5).
  // 0.41个千分点 is a tenth as many (0.041 pp); research notes write basis points and points in letters: 18BP, 25bp, 15bps, 2.3pct.
  grammar: amountGrammar(piece(`(?: 个 [多余半]? )? (?: 百分点 | 基点 | 千分点 ) | \\x20? (?: BPs? | bps? | pcts? ) (?! [A-Za-z] )`)),
  extract(m) {
    const a = readAmount(m.groups);
    if (!a) return null;
    const unit = m.groups.unit!;
    const inner = unit[1];
    if (inner === '半') {
      if (a.low.decimal || !addHalf(a)) return null;
    } else if (inner === '多' || inner === '余') {
      a.approx = 'over';
    }
    const per = /基点$|^\s?(?:BP|bp)/.test(unit) ? div(int(1), int(100)) : unit.endsWith('千分点') ? div(int(1), int(10)) : null;
    return amountCandidate(m, a, 'percentage_point', 'pp', unit.trim(), per);
  },
};


/** Half a percentage point with no numeral before it: `下降半个百分点` → 0.5 pp (`五个半百分点` is read above). */
export const halfPoint: Recognizer = {
  name: 'half point',
  triggers: '半',
  grammar: grammar(`(?<! [0-9〇零一二两三四五六七八九十百千万亿个多] ) 半个 (?<unit> 百分点 | 基点 )`),
  extract(m) {
    const half = HALF;
    const value = m.groups.unit === '基点' ? div(half, int(100)) : half;
    return { start: m.start, end: m.end, kind: 'percentage_point', value, valueMax: null, unit: 'pp', unitText: m.text.slice(1), number: half, multiplier: int(1), approx: '', change: '' };
  },
};

/** Words of interest in the clause around a 厘: what makes it a rate, as Hong Kong writes rates. */
const INTEREST = /息|利率|按揭|最优惠|P）|P\)|存款|贷款/;
/** A change of a rate before the figure: 减息0.25厘, 下调0.125厘 (a change in points). */
const RATE_CHANGE = /(?:减息|加息|降息|调低|调高|下调|上调|减|加|降|升)(?:了|约)?$/;

/**
 * 厘 as Hong Kong writes interest rates: a hundredth, so 5.25厘 is 5.25 % and
 * a change of one (减息0.25厘) 0.25 percentage points. Only where the clause
 * speaks of interest: elsewhere 厘 is a tenth of a 分 of money or a length.
 */
export const interestLi: Recognizer = {
  name: 'interest li',
  triggers: NUMERAL_TRIGGERS,
  grammar: amountGrammar(piece(`厘 (?! 米 | 升 | 克 | 清 | 定 | 头 )`)),
  extract(m, ctx) {
    const before = ctx.text.slice(Math.max(0, m.start - 16), m.start);
    const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
    if (!INTEREST.test(clause + ctx.text.slice(m.end, m.end + 8))) return null;
    const a = readAmount(m.groups);
    if (!a) return null;
    // 下调0.125厘至5.25厘: the change and the level it reached, two figures (amountOrChange).
    return RATE_CHANGE.test(before)
      ? amountOrChange(m, a, ctx.text, 'percentage_point', 'pp', '厘', null)
      : amountCandidate(m, a, 'percent', '%', '厘', null);
  },
};
