/**
 * quantity: a physical measure in its canonical unit (the README's unit table
 * is lexicon/units.ts).
 *   1亿千瓦 · 28吨 · 106亩 · 150到200毫升 · 500千伏 · 25kg · 一吨半 · 零下12摄氏度 · 30亿度电 · 6米82 · 时速350公里 (km/h)
 */
import { grammar, piece, withMarker, words } from '../grammar/compose.js';
import { sign } from '../grammar/numeral.js';
import { DEGREE, type Unit, UNITS, UNITS_IN_CONTEXT } from '../lexicon/units.js';
import { type Exact, HALF, add, compare, div, int, mul, parseFactor } from '../numbers/exact.js';
import { NUMERAL_TRIGGERS, addHalf, amountCandidate, amountGrammar, amountOrChange, moreAfterUnit, partsInOneUnit, readAmount } from './amount.js';
import { perDenominator } from './bare.js';
import { TAIL_DIGITS_END } from './duration.js';
import { perUnit } from './perUnit.js';
import { wordsAround } from '../text/around.js';
import type { Recognizer } from './types.js';

// Latin units must not run on into a word: `5G`, `3Gbps` are not grams or GW.
// Han units may be followed by digits: 3米20厘米, 6米82 — but not begin a longer word: 500克朗 is no gram, 从14升级 no litre, 由49.5升至50.2 no litre (but 1.5升至2升 is a range), 升降 a lift (but 油耗由8升降到6升: litres).
const LATIN = /^[A-Za-z]/;
// 100平, 90平以下, 5万平的商场: 平 alone is spoken floor space only where the phrase ends with it (9秒83平亚洲纪录 ties a record).
const unitWord = piece(`{{latin}} (?! [A-Za-z0-9] ) | (?! 克[朗服隆制] | 平方 [根和数] | 尺[寸度子码] | 寸[步土草心头] | 丈[夫量] | 升[级高温值学职格迁空旗起华] | 升 降 (?! [到至为低了] ) | 升 [至到] (?! [0-9.]+ 升 ) ) {{han}}
  | 平 (?= $ | [，。；！？、,.;!?）)\\s”"] | 的 | 以[上下内] | 左右 | 多 | 余 | 户型 ) | 度 (?! 假 | 过 | 量 | 的 (?! 气温 | 低温 | 高温 | 严寒 | 天气 ) )`, {
  latin: words(Object.keys(UNITS).filter((w) => LATIN.test(w))),
  han: words(Object.keys(UNITS).filter((w) => !LATIN.test(w))),
});

/** Units after which a lone 零 is zero degrees. */
const ZERO_DEGREE: ReadonlySet<string> = new Set(['摄氏度', '度', '℃', '°C']);

/** 100平: a square metre, as people speak of floor space. */
const FLOOR_SPACE = UNITS['平方']!;

/** `华氏100度`: 度 after 华氏 is a degree Fahrenheit. */
const FAHRENHEIT = UNITS['华氏度']!;

/** Words of turning and opening right before 度, and what follows a full turn: an angle (旋转180度, 摆动90度, 360度热风, 360度全景). */
const ANGLE_BEFORE = /(?:转|旋|摆动|摆|打开|开启|张开|倾斜|弯曲|弯折|倾角|角|夹角|仰角|俯角|视角|翻)(?:了|达|约|至|到|为|成)?$/;
const ANGLE_AFTER = /^(?:角|转|旋转|全景|环绕|无死角|热风|视角|广角|调节)/;

/** How far back `度` looks for a mention of electricity in its clause. */
const DEGREE_CONTEXT = 24;

/** The words of the clause (or, for 度, the sentence) around a figure. */
const clauseAround = (text: string, start: number, end: number, comma = false): string => wordsAround(text, start, end, DEGREE_CONTEXT, 4, comma);

export const quantity: Recognizer = {
  name: 'quantity',
  triggers: NUMERAL_TRIGGERS,
  grammar: amountGrammar(
    unitWord,
    `(?: (?<half> 半 ) | (?<more> {{moreAfterUnit}} ) | (?<= 米 ) (?<cm> \\d\\d? {{boundary}} ) | (?<= 米 ) (?<cnCm> [一二三四五六七八九] [〇零一二三四五六七八九]? ) {{boundary}} (?! [十百千万亿点个多余] )
        | (?<= 度 ) (?<tenth> [1-9一二三四五六七八九] ) (?= $ | [，。；！？、,.;!?）)\\s”"] | 的 | 左右 ) )?
     (?: (?<per> {{perUnit}} ) )?`,
    { perUnit, boundary: TAIL_DIGITS_END, moreAfterUnit },
    piece(`零下 | 零上 | {{sign}}`, { sign }),
  ),
  extract(m, ctx) {
    const g = m.groups;
    // 零摄氏度, 气温为零度: zero, which a lone 零 is nowhere else (零部件, 零售).
    const zero = g.low === '零' && g.high === undefined && ZERO_DEGREE.has(g.unit!);
    const a = readAmount(zero ? (Object.create(g, { low: { value: '0' } }) as typeof g) : g);
    if (!a) return null;
    // 每100克含…, 每百公里: what a rate is per is no figure (a slash between quantities is a pair: 200兆瓦/400兆瓦时).
    if (perDenominator(ctx.text, m.start, false)) return null;
    // 1/2英寸: the denominator of a fraction, not a quantity of its own (a slash after a unit makes a pair: 200兆瓦/400兆瓦时).
    if (ctx.text.charCodeAt(m.start - 1) === 0x2f && /\d/.test(ctx.text.charAt(m.start - 2))) return null;
    let unit: Unit | undefined = g.unit === '平' ? FLOOR_SPACE : UNITS[g.unit!];
    if (g.unit === DEGREE.word) {
      // 度 is a kilowatt-hour where the sentence speaks of electricity, a degree of heat where of temperature.
      const before = ctx.text.slice(Math.max(0, m.start - DEGREE_CONTEXT), m.start);
      const clause = clauseAround(ctx.text, m.start, m.end);
      // 零下5度: below zero is a temperature whatever the clause says; 华氏100度 is Fahrenheit.
      const zeroSign = g.sign === '零下' || g.sign === '零上' || g.highSign === '零上' || g.highSign === '零下';
      if (before.endsWith('华氏')) unit = FAHRENHEIT;
      // 旋转180度, 打开90度, 360度热风: an angle, whatever the clause is about; 空调调高1度可省电8%: heat named right before wins.
      else if (ANGLE_BEFORE.test(before.slice(-4)) || ANGLE_AFTER.test(ctx.text.slice(m.end, m.end + 3))) unit = undefined;
      // (这台空调一晚上耗电5度: electricity named nearer still wins.)
      else if (zeroSign || (DEGREE.meanings[1].context.test(before.slice(-8)) && !DEGREE.meanings[0].context.test(before.slice(-6)))) unit = DEGREE.meanings[1].unit;
      else unit = DEGREE.meanings.find((d) => d.context.test(clause))?.unit;
      if (!unit) return null;
      // 气温一度跌破零度: 一度 alone is "at one time", an adverb.
      if (a.low.isOne && a.low.script === 'chinese' && !a.high && g.sign === undefined) return null;
    }
    if (!unit) return null;
    const context = UNITS_IN_CONTEXT[g.unit!];
    if (context && !context.test(clauseAround(ctx.text, m.start, m.end, true))) return null;
    // 100平, 5万平, 一百平的房子: spoken floor space after a number of ten or more, or a magnitude (3胜1平2负 counts draws).
    if (g.unit === '平' && !a.low.hasMagnitude && compare(a.value, int(10)) < 0) return null;
    // 战成十平, 扳成15平: a tied score, no floor space.
    if (g.unit === '平' && /[战扳打追]成$/.test(ctx.text.slice(Math.max(0, m.start - 2), m.start))) return null;
    // 方 is a cubic metre after digits or a magnitude (2.5万方), but 三方 and 双方 are parties.
    if (g.unit === '方' && a.low.script === 'chinese' && !a.low.hasMagnitude) return null;
    if (g.cm !== undefined) {
      // 6米82, 身高1米75: centimetres after whole metres; 1米8: tenths (as 一米八).
      if (g.unit !== '米' || a.high || a.low.script !== 'arabic' || a.low.decimal || a.low.hasMagnitude) return null;
      a.value = add(a.value, div(int(BigInt(g.cm)), int(10 ** g.cm.length)));
      a.number = a.value;
    }
    // 1米多, 2公斤多: a little more than the amount.
    if (g.more !== undefined) a.approx = 'over';
    if (g.cnCm !== undefined) {
      // 一米八 (1.8), 一米七五 (1.75): tenths and hundredths after whole metres, in Chinese digits.
      if (a.high || a.low.script !== 'chinese' || a.low.hasMagnitude || a.low.decimal) return null;
      const digits = Array.from(g.cnCm, (c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('');
      a.value = add(a.value, div(int(BigInt(digits)), int(10 ** digits.length)));
      a.number = a.value;
    }
    if (g.tenth !== undefined) {
      // 三十九度五 (39.5), 37度8: tenths of a degree of heat, in the digits of the whole degrees.
      const arabic = g.tenth >= '1' && g.tenth <= '9';
      if (unit.unit !== '°C' && unit.unit !== '°F') return null;
      if (a.high || a.low.hasMagnitude || a.low.decimal || arabic !== (a.low.script === 'arabic')) return null;
      const tenth = arabic ? Number(g.tenth) : '〇一二三四五六七八九'.indexOf(g.tenth);
      a.value = add(a.value, div(int(BigInt(a.value.num < 0n ? -tenth : tenth)), int(10)));
      a.number = a.value;
    }
    // 一吨半: half a unit more.
    if (g.half && !addHalf(a)) return null;
    const speed = unit.unit === 'm' && !g.per ? speedBefore(ctx.text, m.start) : null;
    if (speed) return amountCandidate(m, a, 'quantity', 'km/h', g.unit!, mul(parseFactor(unit.factor), speed));
    return amountOrChange(m, a, ctx.text, 'quantity', unit.unit, g.unit! + (g.per ?? ''), parseFactor(unit.factor));
  },
};

/** 时速350公里 · 每小时80公里 · 秒速12米: a length after a word of speed is a speed (the factor from metres to km/h). */
const PER_HOUR = /(?:时速|每小时)[^，。；、：\n\d]{0,6}$/;
const PER_SECOND = /(?:秒速|每秒|每秒钟)[^，。；、：\n\d]{0,6}$/;
function speedBefore(text: string, start: number): Exact | null {
  const before = text.slice(Math.max(0, start - 10), start);
  if (PER_HOUR.test(before)) return div(int(1), int(1000));
  if (PER_SECOND.test(before)) return div(int(36), int(10));
  return null;
}

/** Units that 半 alone may measure (半斤, 半公里, 半亩): common ones, not those that are other words after 半 (半节课, 半度). */
const HALVED_UNITS = ['斤', '市斤', '公斤', '千克', '吨', '克', '米', '公里', '千米', '厘米', '亩', '公顷', '升', '毫升', '立方米', '平方米'];

/**
 * Half of one unit with no numeral before it: 半斤 → 0.25 kg, 半公里 → 500 m. Not after a
 * numeral (一斤半 is read above), nor 上半, 一半, 大半.
 */
export const halfQuantity: Recognizer = {
  name: 'half quantity',
  triggers: '半',
  grammar: grammar(`(?<! [上下前后大多个一二两三四五六七八九十0-9] ) 半 (?<unit> {{units}} ) (?! [\u4e00-\u9fff]{0,1}(?:路|程|径|场) )`, { units: words(HALVED_UNITS) }),
  extract(m) {
    const unit = UNITS[m.groups.unit!]!;
    const half = HALF;
    return {
      start: m.start, end: m.end, kind: 'quantity', value: mul(half, parseFactor(unit.factor)), valueMax: null, unit: unit.unit,
      unitText: m.groups.unit!, number: half, multiplier: int(1), approx: '', change: '',
    };
  },
};

/** Units a list of sizes or of memory and storage is written once with. */
const SIZE_UNITS = ['毫米', 'mm', '厘米', 'cm', '米', 'm'] as const;
const MEMORY_UNITS = ['GB', 'TB'] as const;

/**
 * Sizes written with the unit once: `4980×1960×1480毫米`, `4980/1960/1480mm`
 * (length, width, height) and memory with storage, `8+256GB` — each part a
 * figure in the unit written after the last. Not a power of ten (`2×10^-3`):
 * every part has two digits or more, and a slash needs three parts (`1/2英寸`
 * is a fraction).
 */
export const sizeList: Recognizer = {
  name: 'size list',
  triggers: '0123456789',
  grammar: withMarker(
    grammar(
      `(?<! [\\d.] ) (?<parts> \\d{2,5} (?: \\. \\d+ )? (?: [×*] \\d{2,5} (?: \\. \\d+ )? ){1,2} | \\d{2,5} (?: / \\d{2,5} ){2} ) \\x20? (?<unit> {{sizes}} ) (?! [A-Za-z] )
       | (?<! [\\d.] ) (?<memory> \\d{1,2} \\+ \\d{2,4} ) \\x20? (?<munit> {{memory}} ) (?! [A-Za-z] )`,
      { sizes: words([...SIZE_UNITS]), memory: words([...MEMORY_UNITS]) },
    ),
    piece(`\\d | \\.`),
    piece(`[×*/+]`),
  ),
  extract(m) {
    const unitText = m.groups.unit ?? m.groups.munit!;
    const unit = UNITS[unitText]!;
    return partsInOneUnit(m, m.groups.parts ?? m.groups.memory!, 'quantity', unit.unit, unitText, parseFactor(unit.factor));
  },
};

/** 毫米汞柱, mmHg, 千帕, kPa: the units blood pressure is written in. */
const PRESSURE = ['毫米汞柱', 'mmHg', '千帕', 'kPa'] as const;

/**
 * A blood pressure, `收缩压/舒张压` and its unit once: `140/90毫米汞柱`,
 * `150/95mmHg` — two figures, each in the unit written after the second.
 */
export const pressurePair: Recognizer = {
  name: 'blood pressure',
  triggers: '0123456789',
  grammar: withMarker(
    grammar(`(?<parts> \\d{2,3} (?: \\. \\d )? / \\d{2,3} (?: \\. \\d )? ) \\x20? (?<unit> {{units}} ) (?! [A-Za-z] )`, { units: words([...PRESSURE]) }),
    piece(`\\d | \\.`),
    piece(`/`),
  ),
  extract(m) {
    const unit = UNITS[m.groups.unit!]!;
    return partsInOneUnit(m, m.groups.parts!, 'quantity', unit.unit, m.groups.unit!, parseFactor(unit.factor));
  },
};
