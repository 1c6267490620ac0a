/**
 * A date range with its unit written once: `1—8月份`, `2025年1—8月份`,
 * `2023—2025年`, `8月23—26日`, `3至5日`, `一至三季度`; and a list (`1、2月份`,
 * `三、四季度`, `2022、2023、2024年`), one date each. (Ranges that write both ends
 * whole, `8月23日—26日`, are read by date.ts.)
 */
import { grammar, piece, withMarker, words } from '../grammar/compose.js';
import { ERAS, RELATIVE_YEARS } from '../lexicon/dates.js';
import { rangeJoiner } from '../grammar/numeral.js';
import type { Recognizer } from './types.js';
import { type DatePoint, formatPoint, month, readYear, year } from './datePoint.js';
import { cnSmallValue, dateCandidate } from './date.js';
import { lengthOfDays } from './duration.js';

// The last alternative: the end of 二〇二五至二六年度, a year written with its last two digits one by one.
const end = piece(`\\d{1,4} | [〇零一二三四五六七八九]{4} | [一二三四]?十[一二三四五六七八九]? | [〇零一二三四五六七八九]{2} (?= 年 ) | [一二三四五六七八九]`);

export const dateRange: Recognizer = {
  name: 'date-range',
  triggers: '0123456789〇零一二三四五六七八九十民今本当去上明来前后第',
  // Tried only where a range joiner follows the year, month and first end.
  grammar: withMarker(
    grammar(
      `(?<rel> {{relativeYear}} )? (?: {{year}} 年 )? (?: (?<month> {{month}} ) 月 )?
       (?<roc> 民国 )? (?<ordA> 第 )? (?<a> {{end}} ) (?: {{rangeJoiner}} | / (?= \\d{2,4} (?: 赛季 | 学年 | 财年 | 年度 ) ) | (?<list> (?: [、和及] 第? {{end}} ){0,10} [、和及] ) ) (?<ordB> 第 )? (?<b> {{end}} )
       (?: (?<unit> 年度? | 月份? | [日号] | 季度 | 世纪 ) | (?<termUnit> 学年 | 赛季 | 财年 ) )`,
      { year, month, end, rangeJoiner, relativeYear: words(Object.keys(RELATIVE_YEARS)) },
    ),
    piece(`{{relativeYear}} | {{year}} | 年 | {{month}} | 月 | 第 | {{end}}`, { year, month, end, relativeYear: words(Object.keys(RELATIVE_YEARS)) }),
    piece(`{{rangeJoiner}} | 、 | 和 | 及 | /`, { rangeJoiner }),
  ),
  extract(m, ctx) {
    // 2024—2025学年, 2024-25赛季: years (the year's word kept in text).
    const g = m.groups.termUnit === undefined ? m.groups : (Object.create(m.groups, { unit: { value: '年' } }) as typeof m.groups);
    // The ends, and for a list every item between: 1、2、3月份.
    // As written (第一至第三季度), and the numerals alone.
    const written = [(g.ordA ?? '') + g.a!, ...(g.list ?? '').split(/[、和及]/).filter((x) => x !== ''), (g.ordB ?? '') + g.b!];
    const items = written.map((x) => x.replace(/^第/, ''));
    // 第 before the numerals of quarters only: 第一至第三季度.
    if (g.unit !== '季度' && written.some((x) => x.startsWith('第'))) return null;
    // 2023—24年: the end written with its last two digits, in the century of the start.
    // 25-26赛季, 24/25学年: a season or school year in two-digit years (1950–2049).
    if (g.unit!.startsWith('年') && (m.groups.termUnit !== undefined || g.unit === '年度') && g.list === undefined && g.year === undefined && g.rel === undefined && !g.month && /^\d{2}$/.test(g.a!) && /^\d{2}$/.test(g.b!)) {
      const a = Number(g.a);
      const from = a < 50 ? 2000 + a : 1900 + a;
      if ((Number(g.b) - a + 100) % 100 !== 1) return null;
      return dateCandidate(m.start, m.end, `${formatPoint({ year: from }, ctx.refDate)}/${formatPoint({ year: from + 1 }, ctx.refDate)}`);
    }
    // 二〇二五至二六年度: the same, digits written one by one.
    const digitsA = /^\d{4}$/.test(g.a!) || /^[〇零一二三四五六七八九]{4}$/.test(g.a!);
    const digitsB = /^\d{2}$/.test(g.b!) || /^[〇零一二三四五六七八九]{2}$/.test(g.b!);
    if (g.unit!.startsWith('年') && g.list === undefined && g.roc === undefined && g.year === undefined && g.rel === undefined && !g.month && digitsA && digitsB) {
      const a = num(g.a!);
      const full = Math.floor(a / 100) * 100 + digitsOneByOne(g.b!);
      if (!(full > a) || a < 1000 || full > 2199) return null;
      return dateCandidate(m.start, m.end, `${formatPoint({ year: a }, ctx.refDate)}/${formatPoint({ year: full }, ctx.refDate)}`);
    }
    const values = items.map(num);
    for (let k = 1; k < values.length; k++) if (!(values[k - 1]! < values[k]!)) return null;
    const a = values[0]!;
    const b = values[values.length - 1]!;
    // 今年1—8月份: the relative year is part of the figure only when it can be resolved.
    if (g.rel !== undefined && (!ctx.refDate || g.year !== undefined)) return null;
    const y = g.rel !== undefined ? ctx.refDate!.year + RELATIVE_YEARS[g.rel]! : readYear(g);
    if (y === null) return null;
    const base: DatePoint = y === undefined ? {} : { year: y };
    let at: (x: number) => DatePoint;
    switch (g.unit === '季度' ? '季度' : g.unit!.replace(/[度份]$/, '')) {
      case '世纪':
        // 17至18世纪 → 16XX/17XX; 17、18世纪 → one each.
        if (g.roc !== undefined || g.year !== undefined || g.rel !== undefined || g.month || b > 21) return null;
        at = (x) => ({ century: String(x - 1) });
        break;
      case '年':
        // 民国111至113年, 民国113、114年: years of the Republic (1912 is its first).
        if (g.roc !== undefined) {
          if (g.year !== undefined || g.rel !== undefined || g.month || !items.every((x) => /^\d{1,3}$/.test(x))) return null;
          at = (x) => ({ year: ERAS['民国']! + x });
          break;
        }
        // 2023—2025年, 960—1279年, 二〇〇八至二〇一二年: the end is a year (1000 to 2199), the start three or four digits; 3000至5000年 is a length.
        if (g.year !== undefined || g.rel !== undefined || g.month || !/^(?:\d{3,4}|[〇零一二三四五六七八九]{4})$/.test(g.a!)) return null;
        if (!items.slice(1).every((x) => /^(?:\d{4}|[〇零一二三四五六七八九]{4})$/.test(x))) return null;
        if (b < 1000 || b > 2199 || a < 100) return null;
        at = (x) => ({ year: x });
        break;
      case '月':
        if (g.roc !== undefined || g.month || b > 12) return null;
        at = (x) => ({ ...base, month: x });
        break;
      case '季度':
        if (g.roc !== undefined || g.month || b > 4) return null;
        at = (x) => ({ ...base, quarter: x });
        break;
      default: // 日, 号
        if (g.roc !== undefined) return null;
        if (b > 31) return null;
        // 3至5日, 15、16日: days of this month, with none written — not where a length is meant (需3至5日, 为期3至5日).
        if (!g.month) {
          if (g.year !== undefined || g.rel !== undefined || g.unit !== '日' || lengthOfDays(ctx.text, m.start, m.end, b)) return null;
          at = (x) => ({ day: x });
          break;
        }
        at = (x) => ({ ...base, month: num(g.month!), day: x });
    }
    if (g.list === undefined) return dateCandidate(m.start, m.end, `${formatPoint(at(a), ctx.refDate)}/${formatPoint(at(b), ctx.refDate)}`);
    // 1、2月份, 三、四季度, 2022、2023、2024年: a list sharing its unit gives a date for each (all but the last written without the unit);
    // the first takes the year and month written before it.
    const out = [];
    let from = m.start;
    // Where the first item starts: the items and their one-character joiners end with the unit.
    let q = m.start + m.text.length - (written.join('、').length + (m.groups.unit ?? m.groups.termUnit)!.length);
    for (let k = 0; k < items.length; k++) {
      const last = k === items.length - 1;
      const itemEnd = last ? m.end : q + written[k]!.length;
      out.push(dateCandidate(from, itemEnd, formatPoint(at(values[k]!), ctx.refDate)));
      from = q = itemEnd + 1; // past the joiner
    }
    return out;
  },
};

/** 26 · 二六: digits, Arabic or Chinese written one by one. */
const digitsOneByOne = (s: string): number => (/^\d+$/.test(s) ? Number(s) : Number(Array.from(s, (c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('')));

/** 12 · 十二 · 二〇〇八 (a year written digit by digit). */
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : /^[〇零一二三四五六七八九]{4}$/.test(s) ? Number(Array.from(s, (c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('')) : cnSmallValue(s));
