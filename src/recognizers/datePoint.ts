/**
 * The pieces of a calendar point and its TIMEX3 value.
 */
import { parseChinese } from '../numbers/numeral.js';
import { type Groups, piece } from '../grammar/compose.js';
import { rangeJoiner } from '../grammar/numeral.js';
import { ERAS, TWO_DIGIT_YEAR_PIVOT } from '../lexicon/dates.js';
import type { RefDate } from '../types.js';

export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  /** 前三季度: quarters 1 to this one. */
  quartersUpTo?: number;
  /** 前10个月: months 1 to this one. */
  monthsUpTo?: number;
  half?: 1 | 2;
  season?: string;
  /** `198` for the 1980s. */
  decade?: string;
  /** `195` of 五六十年代 (195X/196X): the first decade of a pair. */
  decadeFrom?: string;
  /** `20` for the 21st century (20XX). */
  century?: string;
}

// 一 … 三十一 (months, days, centuries)
export const cnSmall = piece(`[一二三]?十[一二三四五六七八九]? | [一二三四五六七八九]`);

// 1 … 12 · 一 … 十二
export const month = piece(`1[0-2] | 0?[1-9] | 十[一二]? | [一二三四五六七八九]`);

// 1 … 31 · 一 … 三十一
// 廿 (twenty) and 卅 (thirty) are old single characters for the tens, still written in days: 三月廿五日.
export const day = piece(`3[01] | [12]\\d | 0?[1-9] | 三十一? | 二十[一二三四五六七八九]? | 十[一二三四五六七八九]? | [一二三四五六七八九] | 廿[一二三四五六七八九]? | 卅一?`);

// 2024 · 二〇二四 · 两千零二十四 · 民国三 · 公元前221 · 08 (only before a month: 08年10月) · 113 (a year of the Republic, only before a month,
// a range of months, a quarter, 底/末/初, 同期, 全年 or a half: 113年5月, 113年1至12月, 113年第4季, 112年底)
export const year = piece(
  `(?<year> (?: 1[0-9] | 20 | 21 ) \\d\\d (?! \\d )
          | [〇零一二三四五六七八九]{4}
          | (?<yearCn> [一两二] 千 [〇零一二三四五六七八九十百]{1,6} )
          | 今 [（(] (?: (?<parenRoc> 1[0-2]\\d ) | (?<parenYear> (?:19|20)\\d\\d ) ) [）)] (?= 年 )   # 今（114）年, as Taiwan news writes this year
          | (?<era> 民国 | 公元前 | 公元 ) (?<eraYear> [〇零一二三四五六七八九十百千]{1,7} | \\d{1,4} )
          | (?<year2> \\d\\d ) (?= 年 (?: 1[0-2] | 0?[1-9] | 十[一二]? | [一二三四五六七八九] ) 月 )
          | (?<rocYear> 1[0-2]\\d ) (?= 年 (?: {{month}} (?: 月 | {{rangeJoiner}} {{month}} 月 ) | 第? [一二三四1-4] 季 | 首季 | 前 [一二三四1-4] 季
                                          | 底 (?! 蕴 | 蘊 | 线 | 部 | 层 | 下 | 盘 | 价 | 气 | 色 | 稿 | 牌 | 子 ) | 末 (?! 期 | 端 | 尾 | 位 | 日 )
                                          | 初 (?! 期 | 中 | 步 | 心 | 衷 | 始 | 次 | 级 | 恋 | 见 ) | 同期 | 同季 | [上下] 半年 | 全年 ) ) )`,
  { month, rangeJoiner },
);

const CN_DIGIT = '〇一二三四五六七八九';

/** The year of a point: a number, undefined when none is written, null when impossible. */
export function readYear(g: Groups): number | null | undefined {
  if (g.year === undefined) return undefined;
  if (g.era !== undefined) {
    const n = /^\d+$/.test(g.eraYear!) ? Number(g.eraYear) : cnEraYear(g.eraYear!);
    if (!(n > 0)) return null;
    // 公元前221年: a year before the common era, as a negative year (BC0221).
    return g.era === '公元前' ? -n : ERAS[g.era]! + n;
  }
  if (g.parenRoc !== undefined) return ERAS['民国']! + Number(g.parenRoc);
  if (g.parenYear !== undefined) return Number(g.parenYear);
  // 113年5月: a three-digit year before a month is a year of the Republic, as Taiwan writes it (民国 left out).
  if (g.rocYear !== undefined) return ERAS['民国']! + Number(g.rocYear);
  if (g.year2 !== undefined) {
    const yy = Number(g.year2);
    return yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
  }
  if (/^\d{4}$/.test(g.year)) return Number(g.year);
  if (g.yearCn !== undefined) {
    // 两千零二十四年, 一千九百四十九年: a year written as a number (两千年, 一千八百年 are lengths of time).
    const n = cnEraYear(g.yearCn);
    return n >= 1000 && n <= 2199 && n % 100 !== 0 ? n : null;
  }
  const digits = Array.from(g.year.replace(/零/g, '〇'), (c) => CN_DIGIT.indexOf(c));
  return digits.some((d) => d < 0) ? null : Number(digits.join(''));
}

/** 三 · 三十八 · 一百一十三: a year of an era in Chinese numerals (0 when it is none). */
function cnEraYear(s: string): number {
  // 民国一一三年, 民国一〇五年: digits written one by one.
  if (s.length > 1 && /^[〇零一二三四五六七八九]+$/.test(s)) return Number(Array.from(s, (c) => CN_DIGIT.indexOf(c === '零' ? '〇' : c)).join(''));
  const n = parseChinese(s);
  return n && !n.decimal && n.value.den === 1n ? Number(n.value.num) : 0;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The TIMEX3 value; an unknown year is XXXX, or the reference year when given. */
export function formatPoint(p: DatePoint, ref: RefDate | undefined): string {
  if (p.decade !== undefined) return p.decadeFrom === undefined ? `${p.decade}X` : `${p.decadeFrom}X/${p.decade}X`;
  if (p.century !== undefined) return `${p.century}XX`;
  const y = p.year !== undefined ? (p.year < 0 ? `BC${pad(-p.year, 4)}` : pad(p.year, 4)) : ref ? pad(ref.year, 4) : 'XXXX';
  if (p.quartersUpTo !== undefined) return `${y}-Q1/${y}-Q${p.quartersUpTo}`;
  if (p.monthsUpTo !== undefined) return `${y}-01/${y}-${pad(p.monthsUpTo)}`;
  if (p.quarter !== undefined) return `${y}-Q${p.quarter}`;
  if (p.half !== undefined) return `${y}-H${p.half}`;
  if (p.season !== undefined) return `${y}-${p.season}`;
  if (p.month === undefined && p.day !== undefined) return `${y}-XX-${pad(p.day)}`;
  if (p.month === undefined) return y;
  if (p.day === undefined) return `${y}-${pad(p.month)}`;
  return `${y}-${pad(p.month)}-${pad(p.day)}`;
}
