/**
 * A date range with its unit written once: `1—8月份`, `2025年1—8月份`,
 * `2023—2025年`, `8月23—26日`, `一至三季度`; and a list of two (`1、2月份`,
 * `三、四季度`), one date each. (Ranges that write both ends
 * whole, `8月23日—26日`, are read by date.ts.)
 */
import { grammar, piece, withMarker, words } from '../grammar/compose.js';
import { RELATIVE_YEARS } from '../lexicon/dates.js';
import { rangeJoiner } from '../grammar/numeral.js';
import type { Recognizer } from './types.js';
import { type DatePoint, formatPoint, month, readYear, year } from './datePoint.js';
import { cnSmallValue, dateCandidate } from './date.js';

const end = piece(`\\d{1,4} | [〇零一二三四五六七八九]{4} | [一二三四]?十[一二三四五六七八九]? | [一二三四五六七八九]`);

export const dateRange: Recognizer = {
  name: 'date-range',
  triggers: '0123456789〇零一二三四五六七八九十民今本当去上明来前后',
  // Tried only where a range joiner follows the year, month and first end.
  grammar: withMarker(
    grammar(
      `(?<rel> {{relativeYear}} )? (?: {{year}} 年 )? (?: (?<month> {{month}} ) 月 )?
       (?<a> {{end}} ) (?: {{rangeJoiner}} | (?<list> 、 | 和 | 及 ) ) (?<b> {{end}} ) (?<unit> 年度? | 月份? | [日号] | 季度 | 世纪 )`,
      { year, month, end, rangeJoiner, relativeYear: words(Object.keys(RELATIVE_YEARS)) },
    ),
    piece(`{{relativeYear}} | {{year}} | 年 | {{month}} | 月 | {{end}}`, { year, month, end, relativeYear: words(Object.keys(RELATIVE_YEARS)) }),
    piece(`{{rangeJoiner}} | 、 | 和 | 及`, { rangeJoiner }),
  ),
  extract(m, ctx) {
    const g = m.groups;
    const a = num(g.a!);
    const b = num(g.b!);
    if (a >= b) return null;
    // 今年1—8月份: the relative year is part of the figure only when it can be resolved.
    if (g.rel !== undefined && (!ctx.refDate || g.year !== undefined)) return null;
    const y = g.rel !== undefined ? ctx.refDate!.year + RELATIVE_YEARS[g.rel]! : readYear(g);
    if (y === null) return null;
    const base: DatePoint = y === undefined ? {} : { year: y };
    let from: DatePoint;
    let to: DatePoint;
    switch (g.unit === '季度' ? '季度' : g.unit!.replace(/[度份]$/, '')) {
      case '世纪':
        // 17至18世纪 → 16XX/17XX; 17、18世纪 → one each.
        if (g.year !== undefined || g.rel !== undefined || g.month || b > 21) return null;
        from = { century: String(a - 1) };
        to = { century: String(b - 1) };
        break;
      case '年':
        // 2023—2025年, 960—1279年, 二〇〇八至二〇一二年: the end is a year (1000 to 2199), the start three or four digits; 3000至5000年 is a length.
        if (g.year !== undefined || g.rel !== undefined || g.month || !/^(?:\d{3,4}|[〇零一二三四五六七八九]{4})$/.test(g.a!) || !/^(?:\d{4}|[〇零一二三四五六七八九]{4})$/.test(g.b!)) return null;
        if (b < 1000 || b > 2199 || a < 100) return null;
        from = { year: a };
        to = { year: b };
        break;
      case '月':
        if (g.month || b > 12) return null;
        from = { ...base, month: a };
        to = { ...base, month: b };
        break;
      case '季度':
        if (g.month || b > 4) return null;
        from = { ...base, quarter: a };
        to = { ...base, quarter: b };
        break;
      default: // 日, 号
        if (!g.month || b > 31) return null;
        from = { ...base, month: num(g.month), day: a };
        to = { ...base, month: num(g.month), day: b };
    }
    if (g.list !== undefined) {
      // 1、2月份, 三、四季度: a list sharing its unit gives a date for each (the first written without the unit).
      const aEnd = m.text.lastIndexOf(g.list, m.text.length - g.b!.length - g.unit!.length);
      return [dateCandidate(m.start, m.start + aEnd, formatPoint(from, ctx.refDate)), dateCandidate(m.start + aEnd + g.list.length, m.end, formatPoint(to, ctx.refDate))];
    }
    return dateCandidate(m.start, m.end, `${formatPoint(from, ctx.refDate)}/${formatPoint(to, ctx.refDate)}`);
  },
};

/** 12 · 十二 · 二〇〇八 (a year written digit by digit). */
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : /^[〇零一二三四五六七八九]{4}$/.test(s) ? Number(Array.from(s, (c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('')) : cnSmallValue(s));
