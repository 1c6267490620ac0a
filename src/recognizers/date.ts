/**
 * date: a calendar point or a range of them, as a TIMEX3-style value.
 *   2024年11月28日 → 2024-11-28 · 6月末 → XXXX-06 · 2025年一季度 → 2025-Q1
 *   2025年上半年 → 2025-H1 · 上世纪80年代 → 198X · 21世纪 → 20XX · 2019年秋季 → 2019-FA
 *   8月23日—26日 → XXXX-08-23/XXXX-08-26 · 2025-06-30 · 今年7月 (with a reference date)
 * Ranges with a unit written once (1—8月份, 2023—2025年) are in dateRange.ts.
 */
import { type Groups, grammar, markerAfterRun, matchAt, piece, withMarker } from '../grammar/compose.js';
import { allChars, classChars, without } from '../grammar/firstChars.js';
import { rangeJoiner } from '../grammar/numeral.js';
import { ERAS, RELATIVE_MONTHS, RELATIVE_YEARS, SEASONS, WORD_ENDING_IN_QIAN } from '../lexicon/dates.js';
import type { RefDate } from '../types.js';
import { type DatePoint, cnSmall, day, formatPoint, month, readYear, year } from './datePoint.js';
import { lengthOfDays, lengthOfYears } from './duration.js';
import type { Candidate, Recognizer } from './types.js';

// 上世纪80年代 · 本世纪20年代 · 20世纪90年代 · 十九世纪七十年代 · 80年代 · 2010年代 · 上世纪五六十年代 (195X/196X) · 20世纪50—60年代
const decade = piece(
  `(?: (?<lastCentury> 上世纪 | 上个世纪 ) | (?<thisCentury> 本世纪 ) | (?<century> \\d{1,2} | {{cnSmall}} ) 世纪 )?
   (?: (?<decadePair> [一二三四五六七八] (?= [二三四五六七八九] 十 年代 ) )
     | (?<decadeLow> [1-9]0 | [一二三四五六七八九]十 ) {{rangeJoiner}} (?= (?: [1-9]0 | [一二三四五六七八九]十 ) 年代 ) )?   # 20世纪50—60年代
   (?: (?<decade> [1-9]0 | [一二三四五六七八九]十 ) | (?<decade4> 1\\d\\d0 | 20\\d0 ) ) 年代
   (?: 初期 | 初 | 末期 | 末 | 中期 | 中后期 | 后期 | 前期 )?`,
  { cnSmall, rangeJoiner },
);

// 21世纪 · 上世纪 (a century alone)
const century = piece(
  `(?: (?<century2> \\d{1,2} | {{cnSmall}} ) 世纪 | (?<lastCentury2> 上世纪 | 上个世纪 ) | (?<thisCentury2> 本世纪 ) )
   (?! \\d | [一二三四五六七八九十] ) (?: 初 | 末 | 中叶 | 上半叶 | 下半叶 )?`,
  { cnSmall },
);

// 2025-06-30 · 2025/6/30 · 2025.6.30 · 6/30 (a month and a day past 12, or a day with 日: 1/3 is a third)
const numeric = piece(
  `(?<ny> (?:1[89]|20)\\d\\d ) (?<sep> [-/.] ) (?<nm> 1[0-2] | 0?[1-9] ) \\k<sep> (?<nd> 3[01] | [12]\\d | 0?[1-9] ) (?! [\\d.] )
   | (?<! [\\d./] ) (?<sm> 1[0-2] | 0?[1-9] ) / (?: (?<sdDay> 3[01] | [12]\\d | 0?[1-9] ) 日 | (?<sd> 3[01] | 1[3-9] | 2\\d ) (?! [\\d./] ) )`,
);

// After a year or a month: which part of it (kept in text, value at the base's precision).
const calendar = piece(
  `(?: {{year}} 年 度? )?
   (?: (?: (?<month> {{month}} ) | (?<! [0-9〇零一二两三四五六七八九十百千万亿] ) (?<firstMonth> 元 ) ) 月 份? (?: (?<day> {{day}} ) [日号] )? (?: 上中旬 | 中下旬 | 上旬 | 中旬 | 下旬 | 初 | 末 | 底 )?
     | (?<qhead> 第 | 前 )? (?<! [上下] ) (?<quarter> [一二三四1-4] ) (?: 季度 | (?<jiOnly> 季 ) (?! 度 | 节 | 风 | 后 | 军 | 赛 | 播 | 剧 ) ) (?: 末 | 初 )?   # not 上一季度 (the previous one)
     | (?<firstQuarter> 首季 ) (?! 度 )
     | (?<upToHead> [前首] ) (?<monthsUpTo> 1[0-2] | [2-9] | 十[一二]? | [二两三四五六七八九] ) 个? 月 (?! 内 | 以内 | 之内 | 后 | 之后 )   # 前10个月, 前11月, 首10个月: the first months of the year
     | Q (?<qlatin> [1-4] ) (?! \\d )
     | (?<half> 上 | 下 | (?<= 年 ) (?= 半年度 ) ) 半年 度?   # 2025年半年度 (报告): the first half, as interim reports say
     | (?<season> [春夏秋冬] ) (?: [季天] | (?= [，。；！？、,.;!?）)\\s] | $ ) )   # 2019年秋季, 2019年秋，
     | 年? (?: 底 | 末 | 初 ) (?! 期 )
   )?`,
  { year, month, day },
);

/** After 首N个月, what a year's statistics say of its first months (首9個月一手私宅成交, 首10個月博彩毛收入累計). */
const YEAR_TO_DATE_AFTER = /^[^，。；！？\n]{0,8}?(?:累计|累積|成交|收入|营收|出口|进口|销售|销量|生产总值|旅客|游客|增长|下降)/;

/** A relative year right before a position: 今年, 去年… (see the rel group). */
const RELATIVE_YEAR_BEFORE = /(?:今年|本年|去年|上年|明年|来年|前年|后年)$/;

export const datePoint = grammar(
  `(?<rel> 今年 | 本年 | 去年 | 上年 | 明年 | 来年 | 前年 | 后年 )?
   (?: (?<numeric> {{numeric}} )
     | (?<decadeAll> {{decade}} )
     | (?<centuryAll> {{century}} )
     | (?<relMonth> 本月 | 上个月 | 上月 | 下个月 | 下月 ) (?: (?<rday> {{day}} ) [日号] )? (?: 上中旬 | 中下旬 | 上旬 | 中旬 | 下旬 | 初 | 末 | 底 )?
     | (?<termYear> (?: 1[89] | 20 ) \\d\\d ) (?: 赛季 | 学年 | 财年 | 财政年度 | 会计年度 | 届 (?= 毕业 | 高校毕业 | 本科 | 新生 | 学生 ) )   # 2025赛季, 2025财年, 2025届毕业生: a year written without 年
     | (?<dayOnly> {{day}} ) 日 (?! 元 (?! 旦 ) | 电 (?! [）)（(\s] ) | 币 | 圆 | 游 )   # 3日元 is yen, 3日元旦 the 3rd and New Year's Day; 三日游 a trip; 台北16日电） a dateline
     | [今昨明] [（(] (?<parenDay> {{day}} ) [）)] 日        # 今（11）日: today, the 11th (Taiwan news)
     | {{calendar}}
   )`,
  { numeric, decade, century, calendar, day },
);

/** After a quarter written 第N季 or 首季 with no year: what a company or an economy reports for it (台積電第三季營收, 第二季GDP). */
// (And a movement of the quarter: 第二季则按年增长3.1%, 首季按年增长; or a whole region's figure: 第二季全台建物买卖移转栋数.)
const QUARTER_REPORT = new RegExp(
  `^(?:的|则|亦)?(?:(?:全台|全港|全澳|本港)(?!巡|演|播|上映)|(?:全国|本地)?(?:合并|合併)?(?:营收|营业|营运|财报|业绩|净利|获利|獲利|毛利|税后|GDP|经济|本地生产总值|生产总值|出口|进口|贸易|EPS|每股|出货|销量|销售|失业率|季报|财测|按年|按季|按月|年增|年减|季增|季减|同比|环比|建物|楼价|房价|零售|消费|通胀|物价)` +
    // (首季来华外国游客增长30%: a movement a few words on.)
    `|[^，。；：！？\\n]{0,10}?(?:同比|按年|按季|环比)?(?:增长|下降|上升|下跌|增加|减少))`,
);

/** A point of the calendar from the groups of `datePoint`; null when empty or impossible. `report`: a quarter's report follows. */
export function readPoint(g: Groups, ref: RefDate | undefined, report = false): DatePoint | null {
  if (g.numeric) {
    if (g.sm !== undefined) return { month: Number(g.sm), day: Number(g.sd ?? g.sdDay) };
    return { year: Number(g.ny), month: Number(g.nm), day: Number(g.nd) };
  }
  if (g.decadeAll) {
    const c = g.lastCentury ? 20 : g.thisCentury ? 21 : g.century ? cnSmallOrArabic(g.century) : 20;
    if (g.decade4) return { decade: g.decade4.slice(0, 3) };
    const d = cnSmallOrArabic(g.decade!) / 10;
    if (!c || c < 1 || c > 21) return null;
    if (g.decadeLow !== undefined) {
      const from = cnSmallOrArabic(g.decadeLow) / 10;
      if (!(from < d)) return null;
      return { decade: `${c - 1}${d}`, decadeFrom: `${c - 1}${from}` };
    }
    if (g.decadePair !== undefined) {
      const from = cnSmallOrArabic(g.decadePair);
      if (d - from !== 1) return null;
      return { decade: `${c - 1}${d}`, decadeFrom: `${c - 1}${from}` };
    }
    return { decade: `${c - 1}${d}` };
  }
  if (g.centuryAll) {
    const c = g.lastCentury2 ? 20 : g.thisCentury2 ? 21 : cnSmallOrArabic(g.century2!);
    if (!c || c < 1 || c > 22) return null;
    return { century: String(c - 1).padStart(2, '0') };
  }
  const p: DatePoint = {};
  if (g.rel !== undefined) {
    if (!ref) return null;
    p.year = ref.year + RELATIVE_YEARS[g.rel]!;
  }
  if (g.relMonth !== undefined) {
    if (!ref) return null;
    const idx = ref.year * 12 + (ref.month - 1) + RELATIVE_MONTHS[g.relMonth]!;
    p.year = Math.floor(idx / 12);
    p.month = (idx % 12) + 1;
    if (g.rday) p.day = cnSmallOrArabic(g.rday);
    return p;
  }
  if (g.termYear !== undefined) return { year: Number(g.termYear) };
  if (g.dayOnly !== undefined) return { day: cnSmallOrArabic(g.dayOnly) };
  if (g.parenDay !== undefined) return { day: cnSmallOrArabic(g.parenDay) };
  const y = readYear(g);
  if (y === null) return null;
  if (y !== undefined) p.year = y;
  if (g.month !== undefined) p.month = cnSmallOrArabic(g.month);
  if (g.firstMonth !== undefined) p.month = 1; // 元月: January
  if (g.day !== undefined) p.day = cnSmallOrArabic(g.day);
  // 2024年第3季, 前三季, 2024年首季: 季 alone is a quarter as Taiwan and Hong Kong write it — with a year, or the first
  // quarters (前三季); 第1季 alone may be a season of a show.
  // (Without a year, a report of the quarter after it makes it one: 台積電第三季營收, 香港首季本地生產總值.)
  // (今年首季, 去年第三季: a year said in words is a year.)
  const noYear = p.year === undefined && g.rel === undefined;
  if (!report && ((g.jiOnly !== undefined && g.qhead !== '前' && noYear) || (g.firstQuarter !== undefined && noYear))) return null;
  if (g.firstQuarter !== undefined) p.quarter = 1;
  if (g.quarter !== undefined) {
    const q = cnSmallOrArabic(g.quarter);
    if (q < 1 || q > 4) return null;
    if (g.qhead === '前') p.quartersUpTo = q;
    else p.quarter = q;
  }
  if (g.monthsUpTo !== undefined) p.monthsUpTo = g.monthsUpTo === '两' ? 2 : cnSmallOrArabic(g.monthsUpTo);
  if (g.qlatin !== undefined) {
    if (p.year === undefined) return null; // Q1 alone is too easily something else
    p.quarter = Number(g.qlatin);
  }
  if (g.half !== undefined) p.half = g.half === '下' ? 2 : 1;
  if (g.season !== undefined) {
    if (p.year === undefined) return null; // 春天 alone has no numeral
    p.season = SEASONS[g.season]!;
  }
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return null;
  if (p.day !== undefined && (p.day < 1 || p.day > 31)) return null;
  return p;
}

const cnSmallOrArabic = (s: string): number => (/^\d+$/.test(s) ? Number(s) : cnSmallValue(s));

/** 一 … 三十一: the small Chinese numbers of months, days and centuries. */
export function cnSmallValue(s: string): number {
  const digits = '〇一二三四五六七八九';
  if (s[0] === '廿' || s[0] === '卅') s = (s[0] === '廿' ? '二十' : '三十') + s.slice(1);
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return digits.indexOf(s);
  const hi = ten === 0 ? 1 : digits.indexOf(s[0]!);
  const lo = ten === s.length - 1 ? 0 : digits.indexOf(s[s.length - 1]!);
  return hi * 10 + lo;
}

const join = rangeJoiner;
// 3月5日起至4月10日止: 起 before the joiner, as official notices write a span.
const joinerAt = grammar(`起? {{join}}`, { join });
const dayHaoAt = grammar(`(?<hao> {{day}} ) 号`, { day });
/** The year that ends a range of years of an era, written without the era again: 民国113年至114年. */
const eraYearAt = grammar(`(?<n> \\d{1,3} ) 年 度?`);

/** Is the point only a day, a month or a month-day that can borrow its year and month from the start? */
function inherit(from: DatePoint, to: DatePoint): DatePoint {
  if (to.year !== undefined || to.decade !== undefined || to.century !== undefined) return to;
  const out = { ...to };
  if (from.year !== undefined) out.year = from.year;
  if (to.month === undefined && to.day !== undefined && from.month !== undefined) out.month = from.month;
  return out;
}

/** Are the two points of one grain (a day range, a month range, …)? */
const sameGrain = (a: DatePoint, b: DatePoint) =>
  (a.day !== undefined) === (b.day !== undefined) && (a.month !== undefined) === (b.month !== undefined) &&
  (a.quarter !== undefined) === (b.quarter !== undefined) && (a.half !== undefined) === (b.half !== undefined);

/**
 * Every date has one of these after its first character: 年 月 日 号, 季 (季度),
 * Q, 世 (世纪), 半 (上半年), a separator of numeric dates, the first character of
 * a year's word (赛季, 学年, 财年, 会计年度, 届). Before it come only
 * numerals and the words that open a date (今年, 上个月, 民国, 第…).
 */
const DATE_MARKS = classChars(/[年月日号季Q世半\-\/.赛学财会届]/);
const mayBeDate = markerAfterRun(without(allChars(datePoint.re), DATE_MARKS), DATE_MARKS);

export const date: Recognizer = {
  name: 'date',
  triggers: '0123456789〇零一二两三四五六七八九十廿卅上下第前首今昨本当去明来后民公元',
  grammar: datePoint,
  ...(mayBeDate && { mayFindAt: mayBeDate }),
  extract(m, ctx) {
    if (m.end === m.start) return null;
    // (今年首季 with no reference date: the year said in words is read from 首季 on, as 今年一季度 is.)
    const start = readPoint(m.groups, ctx.refDate, QUARTER_REPORT.test(ctx.text.slice(m.end, m.end + 16)) || RELATIVE_YEAR_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 2), m.start)));
    if (!start || isEmpty(start)) return null;
    // 10日内, 期限为7日: a number of days (the duration recognizer takes it).
    if (m.groups.dayOnly !== undefined && m.text.endsWith('日') && start.day !== undefined && lengthOfDays(ctx.text, m.start, m.end, start.day)) return null;
    // 该寺已有1500年历史, 约1000年前: a length of years, not a year (the duration recognizer takes it).
    if (m.groups.year !== undefined && /^\d{4}年$/.test(m.text) && lengthOfYears(ctx.text, m.end)) return null;
    // 上一月末, 下一月: the month before or after, not January.
    if (m.groups.month === '一' && m.groups.year === undefined && /[上下每同]$/.test(ctx.text.slice(Math.max(0, m.start - 1), m.start))) return null;
    // 一日 alone is a day, not the first of a month (一日三餐, 一日千里, 十年如一日).
    if (m.groups.dayOnly === '一' && m.groups.rel === undefined) return null;
    // 提前两个月, 此前三个月: a span before something, not the first months of a year.
    // (今年前5个月 without a reference date: the 年 before 前 is the year's, and the months are still the first of a year.)
    if (m.groups.monthsUpTo !== undefined && m.groups.year === undefined && m.groups.rel === undefined && WORD_ENDING_IN_QIAN.test(ctx.text.slice(Math.max(0, m.start - 2), m.start)) && !RELATIVE_YEAR_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 2), m.start))) return null;
    // 首3个月免租: the first months of a lease; the first of a year (今年首10个月, 2024年首10个月, 累计首10个月) have a year or a total
    // before, or what the year's statistics say of them after (首9個月一手私宅成交).
    if (m.groups.upToHead === '首' && m.groups.year === undefined && m.groups.rel === undefined && !/(?:年|累计|累積)$/.test(ctx.text.slice(Math.max(0, m.start - 2), m.start)) && !YEAR_TO_DATE_AFTER.test(ctx.text.slice(m.end, m.end + 10))) return null;
    let end = m.end;
    let value = formatPoint(start, ctx.refDate);
    // A range: another point after a joiner, borrowing what it leaves out.
    const j = matchAt(joinerAt, ctx.text, m.end);
    if (j) {
      // 3月5号至7号: a day written with 号 ends a range of days (alone, 7号 is too often a number: 7号线).
      let m2 = matchAt(datePoint, ctx.text, j.end);
      if ((!m2 || m2.end === m2.start) && start.day !== undefined) m2 = matchAt(dayHaoAt, ctx.text, j.end);
      // 民国113年至114年: the end is a year of the same era.
      if ((!m2 || m2.end === m2.start || m2.groups.year === undefined) && m.groups.era === '民国' && start.month === undefined) {
        const e = matchAt(eraYearAt, ctx.text, j.end);
        if (e) m2 = e;
      }
      const p2 =
        m2 && m2.end > m2.start
          ? m2.groups.n !== undefined
            ? { year: ERAS['民国']! + Number(m2.groups.n) }
            : m2.groups.hao !== undefined
              ? { day: cnSmallOrArabic(m2.groups.hao) }
              : readPoint(m2.groups, ctx.refDate)
          : null;
      if (m2 && p2 && !isEmpty(p2)) {
        const to = inherit(start, p2);
        if (sameGrain(start, to) || (start.year !== undefined && to.year !== undefined)) {
          value = `${value}/${formatPoint(to, ctx.refDate)}`;
          end = m2.end;
        }
      }
    }
    return dateCandidate(m.start, end, value);
  },
};

const isEmpty = (p: DatePoint) => Object.keys(p).length === 0;


export function dateCandidate(start: number, end: number, value: string): Candidate {
  return { start, end, kind: 'date', value, valueMax: null, unit: 'date', unitText: '', number: null, multiplier: null, approx: '', change: '' };
}


/**
 * A quarter or a half of a year as research notes and filings write them in
 * letters: `2025Q1`, `2025H1`, `25Q3` (a two-digit year is of this century) →
 * `2025-Q1`, `2025-H1`, `2025-Q3`. Not inside a code (`A2025Q1`, `2025Q1X`).
 */
export const latinPeriod: Recognizer = {
  name: 'latin period',
  triggers: '0123456789',
  grammar: withMarker(
    grammar(`(?<! [A-Za-z0-9._-] ) (?<y> (?: 19 | 20 ) \\d\\d | \\d\\d ) (?<p> [QH] ) (?<n> \\d ) (?! [A-Za-z0-9] )`),
    piece(`\\d`),
    piece(`[QH]`),
  ),
  extract(m) {
    const { y, p, n } = m.groups;
    if ((p === 'Q' && !/^[1-4]$/.test(n!)) || (p === 'H' && !/^[12]$/.test(n!))) return null;
    const year = y!.length === 2 ? `20${y}` : y!;
    return dateCandidate(m.start, m.end, `${year}-${p}${n}`);
  },
};
