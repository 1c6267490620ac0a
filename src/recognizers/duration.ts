/**
 * duration: a length of time.
 *   70周年 · 七十载 · 十多年 · 2100多年 · 5个多小时 · 3个月 · 10个季度 · 三年半 · 一个半小时
 * A year is a date, a number of years is a duration: `2024年` and `08年10月`
 * are left to the date recognizer.
 */
import { type Match, grammar, piece, withMarker, words } from '../grammar/compose.js';
import { numeral } from '../grammar/numeral.js';
import { DURATION_FACTORS, DURATION_UNITS } from '../lexicon/durations.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { UNITS } from '../lexicon/units.js';
import { type Exact, HALF, add, compare, div, int, mul, parseFactor } from '../numbers/exact.js';
import { parseNumeral } from '../numbers/numeral.js';
import { NUMERAL_TRIGGERS, addHalf, amountCandidate, amountGrammar, moreAfterUnit, partsInOneUnit, readAmount } from './amount.js';
import { notCounting } from './bare.js';
import type { Candidate, Recognizer } from './types.js';

// 个 may carry 多/余/半/来 before the unit: 5个多小时, 一个半小时, 一个来月 (a month or so).
const withGe = words(Object.keys(DURATION_UNITS).filter((w) => w.startsWith('个')).map((w) => w.slice(1)));
const plain = words(Object.keys(DURATION_UNITS).filter((w) => !w.startsWith('个') && !/^[a-z]/.test(w)));

const durationUnit = piece(
  `个 [多余半来]? {{withGe}}
   | (?: ms | min | h ) (?! [A-Za-z0-9] )
   | {{plain}} (?! 代 | 级 | 度 | 份 | 底 | 末 | 初 | (?<= [月日] | \\d{4} 年 | [〇零一二三四五六七八九]{2,4} 年 ) 中 | 龄 | 华 | 薪 | 报 | 会 | 轻 | 货 | 金 | 元 | 电 | 币 | 圆 | 前 (?= 第 ) )`,
  { withGe, plain },
);

/**
 * `N日` is a number of days, not a day of the month, where a length is meant:
 * 10日内, 180日, 期限为45日, 逾期60日以上, 提前3日, 有效期30日, 暂停营业10日, 拘役30日. Elsewhere (`15日`) a date.
 */
const DAYS_AFTER = /^(?:内|以内|之内|以上|以下|之后|以后|后|期满|为限|年化|平均|均线|滚动)/;
const DAYS_BEFORE = /(?:期为|期限为|期限|为期|满|逾期|超过|不超过|不少于|不得超过|连续|至少|提前|延长|延期|推迟|缩短|之日起|起|用时|历时|耗时|需要|需|羁押|刑期|拘留|关押|折抵|服刑|监禁|停业|停产|隔离|休假|放假|休息|(?:有效|公示|冷静|宽限|观察|试用|保质|等待|犹豫|考察|公告|潜伏|隔离|异议|申报|整改|审查|审理)期|营业|整顿|拘役|停牌|住院|观察|暂扣|扣留|培训|试用|逗留|停留|逗留时间为|停留时间为|逗留时间|停留时间|住院日为|住院日)$/;
export function lengthOfDays(text: string, start: number, end: number, day: number): boolean {
  return day > 31 || DAYS_AFTER.test(text.slice(end, end + 2)) || DAYS_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/** `1500年历史`, `2000年之久`: what follows says a number of years is a length, whatever its digits. */
const YEARS_AFTER = /^(?:的?历史|之久)/;
export const lengthOfYears = (text: string, end: number): boolean => YEARS_AFTER.test(text.slice(end, end + 3));

/** `2024年`, `1955年`: four Arabic digits and nothing approximate is a year. */
const looksLikeYear = (low: string) => /^(1[0-9]|20|21)\d\d$/.test(low);

export const duration: Recognizer = {
  name: 'duration',
  triggers: NUMERAL_TRIGGERS + '半',
  // 3年多 · 历时2年余: a little more than the length; not when 多 begins the next word (3年多个项目).
  grammar: amountGrammar(durationUnit, `(?: (?<half> 半 ) | (?<more> {{moreAfterUnit}} ) )?`, { moreAfterUnit }),
  extract(m, ctx) {
    const g = m.groups;
    // The unit may hold 个's qualifier: 个多小时, 个半小时.
    const inner = /^个([多余半来])/.exec(g.unit!)?.[1];
    const word = inner ? `个${g.unit!.slice(2)}` : g.unit!;
    const unit = DURATION_UNITS[word];
    if (!unit) return null;
    // 需3至5日: a range of days too, where a length is meant (3至5日 alone is a range of dates).
    if (word === '日' && !lengthOfDays(ctx.text, m.start, m.end, Number(parseNumeral(g.high ?? g.low!)?.value.num ?? 0n))) return null;
    if (/年/.test(word) && word !== '周年' && looksLikeYear(g.low!) && !lengthOfYears(ctx.text, m.end)) return null;
    // 08年10月, 19年2月3日: a short year followed by a month is a date.
    if (word === '年' && /^\d{2}$/.test(g.low!) && /^\s*(?:[01]?\d|[一二三四五六七八九十]{1,2})月/.test(ctx.text.slice(m.end, m.end + 4))) return null;
    const a = readAmount(g);
    if (!a) return null;
    if (inner !== '半' && !g.half && notCounting(a.low, g.low!, ctx.text, m.start, true)) return null;
    if (inner === '半' || g.half) {
      if (!addHalf(a)) return null;
      // 一个半小时多: a little more than the length and a half.
      if (g.more) a.approx = 'over';
    } else if (inner === '来') {
      a.approx = 'about';
    } else if (inner || g.more) {
      a.approx = 'over';
    }
    const factor = DURATION_FACTORS[word];
    return amountCandidate(m, a, 'duration', unit, g.unit!, factor === undefined ? null : parseFactor(factor));
  },
};

/** Units of a length written in parts, by the word: 3小时25分钟 · 1分52秒 (分 is a minute only here). */
const PART_UNITS: Readonly<Record<string, string>> = {
  年: 'year', 个月: 'month', 周: 'week', 个星期: 'week', 星期: 'week', 天: 'day',
  小时: 'hour', 个小时: 'hour', 钟头: 'hour', 个钟头: 'hour', 分钟: 'minute', 分: 'minute', 秒: 'second', 秒钟: 'second',
};
/** Each unit's next smaller one, and how many of it make one: the only steps a length in parts may take. */
const NEXT: Readonly<Record<string, readonly [string, number]>> = {
  year: ['month', 12], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60],
};
const partUnit = words(Object.keys(PART_UNITS));
/**
 * After the two digits of a sports time or height (9秒83夺冠, 6米82的成绩):
 * no more digits and no unit or measure word (3米20厘米, 5秒12个 are no such thing).
 */
export const TAIL_DIGITS_END = piece(`(?! [0-9.%‰] | {{units}} )`, {
  units: words([...MEASURE_WORDS, ...Object.keys(UNITS), ...Object.keys(DURATION_UNITS), '万', '亿', '千', '百', '十', '元', '分', '号']),
});

/**
 * A length of time in two or three parts, each unit the next smaller one:
 *   3小时25分钟 · 1分52秒 · 2年3个月 · 一年零三个月 · 2周3天 · 2小时5分30秒;
 * and a sports time with hundredths after the seconds: 以9秒83的成绩, 4分05秒32.
 * The value is in the last unit written (205 minutes, 112 seconds, 9.83 seconds).
 */
export const compoundDuration: Recognizer = {
  name: 'compound duration',
  triggers: NUMERAL_TRIGGERS,
  // Run only where a unit of time follows the numerals at hand.
  grammar: withMarker(grammar(
    `(?<n1> {{numeral}} ) (?<u1> {{partUnit}} )
     (?: (?: 零 | 又 )? (?<n2> {{numeral}} ) (?<u2> {{partUnit}} ) (?: (?<n3> {{numeral}} ) (?<u3> {{partUnit}} ) )?
         (?<hundredths> \\d\\d {{boundary}} )?
       | (?<onlyHundredths> \\d\\d {{boundary}} ) )`,
    { numeral, partUnit, boundary: TAIL_DIGITS_END },
  ), numeral, partUnit),
  extract(m) {
    const g = m.groups;
    const first = parseNumeral(g.n1!);
    if (!first || first.hasMagnitude || looksLikeYear(g.n1!)) return null;
    const parts: [string, string][] = [[g.n1!, g.u1!]];
    if (g.n2 !== undefined) parts.push([g.n2, g.u2!]);
    if (g.n3 !== undefined) parts.push([g.n3, g.u3!]);
    let value = first.value;
    let unit = PART_UNITS[g.u1!]!;
    let approx = first.approx;
    let allOne = first.isOne && first.script === 'chinese';
    for (const [raw, word] of parts.slice(1)) {
      const n = parseNumeral(raw);
      const step = NEXT[unit];
      if (!n || n.hasMagnitude || !step || PART_UNITS[word] !== step[0]) return null;
      if (compare(n.value, int(step[1])) >= 0) return null; // 1小时75分: no such length
      value = add(mul(value, int(step[1])), n.value);
      unit = step[0];
      approx ||= n.approx;
      allOne &&= n.isOne && n.script === 'chinese';
    }
    // 一分一秒, 一年一个月 (every minute, every second): a set phrase, not a length.
    if (allOne && parts.length > 1) return null;
    const hundredths = g.hundredths ?? g.onlyHundredths;
    if (hundredths !== undefined) {
      // 9秒83, 4分05秒32: hundredths after whole Arabic seconds.
      const last = parseNumeral(parts[parts.length - 1]![0]);
      if (unit !== 'second' || !last || last.script !== 'arabic' || last.decimal) return null;
      value = add(value, div(int(BigInt(hundredths)), int(100)));
    }
    return partsCandidate(m, value, unit, parts[parts.length - 1]![1], approx);
  },
};

function partsCandidate(m: Match, value: Exact, unit: string, unitText: string, approx: Candidate['approx']): Candidate {
  return {
    start: m.start, end: m.end, kind: 'duration', value, valueMax: null, unit, unitText,
    number: value, multiplier: int(1), approx, change: '',
  };
}

/**
 * Half of one unit: 半年 · 半个月 · 半小时 · 半天 → 0.5. Not the halves of a
 * year that are dates (上半年), a half after a numeral (一年半, read above),
 * 大半年 or 多半, nor 半年报, 半年度 (a report, a period).
 */
export const halfDuration: Recognizer = {
  name: 'half duration',
  triggers: '半',
  grammar: grammar(
    `(?<! [上下后大多个一二两三四五六七八九十0-9] | (?<! 提 ) 前 ) 半 (?: 个 (?<inner> 多 )? )? (?<unit> (?<= 个 | 个多 ) (?: 月 | 小时 | 钟头 | 星期 | 世纪 ) | (?<! 个 | 多 ) (?: 年 | 天 | 小时 | 钟头 | 星期 | 分钟 ) )
     (?! 报 | 度 | 刊 | 场 | 决赛 | 程 | 价 | 薪 | 工 ) (?<more> {{moreAfterUnit}} )?`,
    { moreAfterUnit },
  ),
  extract(m) {
    // 半个月: the table has 个月 (and 个小时, 个世纪…) as one word; 半小时: 小时 alone.
    const written = m.text.slice(1, m.text.length - (m.groups.more?.length ?? 0));
    const word = written.replace('多', '');
    const key = word in DURATION_UNITS ? word : m.groups.unit!;
    const unit = DURATION_UNITS[key];
    if (!unit) return null;
    const half = HALF;
    // 半年多, 半个多月, 半个多小时: a little more than half a year, a month, an hour.
    const approx = m.groups.more === undefined && m.groups.inner === undefined ? '' : 'over';
    // 半个世纪: 50 years.
    const factor = DURATION_FACTORS[key];
    const value = factor === undefined ? half : mul(half, parseFactor(factor));
    return { start: m.start, end: m.end, kind: 'duration', value, valueMax: null, unit, unitText: written, number: half, multiplier: int(1), approx, change: '' };
  },
};

/**
 * A bond's term in parts, the unit written once: `3+2年` (three years, then
 * an option for two more) → two durations, `3` and `2年`. Only years: the
 * parts of a term.
 */
export const termParts: Recognizer = {
  name: 'term parts',
  triggers: '0123456789',
  grammar: withMarker(grammar(`(?<parts> \\d{1,2} \\+ \\d{1,2} ) 年 (?! [0-9] )`), piece(`\\d`), piece(`\\+`)),
  extract: (m) => partsInOneUnit(m, m.groups.parts!, 'duration', 'year', '年', int(1)),
};
