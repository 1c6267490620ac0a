/**
 * ordinal: a rank or an edition, its measure word the unit (or empty).
 *   第六届 · 第200例 · 第三十一届 · 第3位 · 第一 · 前十 · 前10名 · 第3至5名 · 第三至第五名 · 第一名至第三名 · 第七、八届 (two)
 */
import { grammar, piece, words } from '../grammar/compose.js';
import { numeral, rangeJoiner } from '../grammar/numeral.js';
import { WORD_ENDING_IN_QIAN } from '../lexicon/dates.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { type Exact, compare, int } from '../numbers/exact.js';
import { parseNumeral } from '../numbers/numeral.js';
import type { Candidate, Recognizer } from './types.js';

// 第一股 is the first listed company (股 a share, no measure word of ranks).
const ordinalWords = words([...MEASURE_WORDS.filter((w) => w !== '股'), '版', '章', '单元', '号', '季', '轮', '阶段', '梯队', '方阵', '代', '天', '周', '年', '个月', '小时', '分钟', '秒钟', '秒', '日']);

/**
 * 第三产业, 第三方, 第三世界, 第一书记, 第二人民医院, 第一中学: names of things, titles and institutions, not ranks;
 * 第一线, 第一手, 第六感, 第二故乡, 第一印象, 第一桶金: words made with 第.
 */
const FIXED_TERMS = /^(?:产业|方|世界|人称|者|书记|责任人|夫人|时间|把手|人民|中级人民|中学|小学|中心|医院|附属|实验|宇宙速度|拉格朗日|线(?!路)|手|感|课堂|故乡|印象|视角|桶金|生产力|要务|动力|落点)/;

/** Parts of a document, numbered in its headings. */
const PART_OF_DOCUMENT = /^(?:章|节|篇|部分|条|款|编)$/;

/** The rest of a list of names after its first item: 、第二、第三产业 · 、二、三产业. */
const LISTED_TERM = /^(?:[、和及与]第?[一二三四五六七八九十]+)+(?:产业|方|世界|书记)/;

/** The items of a list after the first: 、八 · 、第二 · 和3. */
const LIST_ITEM = /[、和及]第?[^、和及]+/g;

/** Where a clause starts: nothing before, or a break. */
const CLAUSE_HEAD = /^$|[。；;！？!?：:\n\s“"（(]$/;


/** A day named by a word (当天, 首日, 今天), before 前 and a rank. */
const NAMED_DAY = /(?:当|今|昨|明|首|每|这|那)[天日]$/;

export const ordinal: Recognizer = {
  name: 'ordinal',
  triggers: '第前',
  grammar: grammar(
    `(?<head> 第 | 前 ) (?<blank> \\x20 (?= \\d ) )? (?<n> {{numeral}} )
     (?: (?<lowMw> {{ordinalWords}} )? {{rangeJoiner}} 第? (?<high> {{numeral}} ) | (?<list> (?: [、和及] 第? {{numeral}} ){1,10} ) (?= {{ordinalWords}} ) )?
     (?: (?<= \\d ) \\x20 (?= {{ordinalWords}} ) )? (?<mw> (?! 排[名行序] | 下[午旬] ) {{ordinalWords}} )?`, // 前3排名: no row
    { numeral, rangeJoiner, ordinalWords: piece(`{{w}}`, { w: ordinalWords }) },
  ),
  extract(m, ctx) {
    const g = m.groups;
    const n = parseNumeral(g.n!);
    if (!n || n.approx || n.decimal) return null;
    // 不动产权第0012345号: a number with a leading zero is a code.
    if (/^0\d/.test(g.n!)) return null;
    // 前三季度, 前两个月, 前3年: a span of time, not a rank.
    if (g.head === '前' && /^(?:个|年|季度|天|周|月|小时|日)/.test(ctx.text.slice(m.end - (g.mw?.length ?? 0), m.end + 2))) return null;
    // (当天前1000名, 首日前100位: a day named, then the top of it — 天前 is "ago" only after a number of days.)
    if (g.head === '前' && WORD_ENDING_IN_QIAN.test(ctx.text.slice(Math.max(0, m.start - 2), m.start)) && !NAMED_DAY.test(ctx.text.slice(Math.max(0, m.start - 2), m.start))) return null;
    if (FIXED_TERMS.test(ctx.text.slice(m.end - (g.mw?.length ?? 0), m.end + 4))) return null;
    // 第一、第二、第三产业, 第一、二产业: a list of names ending in one.
    if (!g.mw && LISTED_TERM.test(ctx.text.slice(m.end, m.end + 12))) return null;
    // 第一，要坚持…；第二是…: a list marker at the head of a clause, no rank.
    if (g.head === '第' && !g.mw && g.high === undefined && /^[，,、：:]|^是/.test(ctx.text.slice(m.end, m.end + 1)) && CLAUSE_HEAD.test(ctx.text.slice(Math.max(0, m.start - 1), m.start))) return null;
    // 第一节 重要提示, 第三章 总则: the number of a part of a document before its title, no rank.
    if (g.head === '第' && g.mw !== undefined && PART_OF_DOCUMENT.test(g.mw) && /^(?:[ \u3000\t]|$)/.test(ctx.text.slice(m.end, m.end + 1))) return null;
    // 前一交易日, 前一天: the previous one, no rank.
    if (g.head === '前' && n.isOne) return null;
    // 前10%的学生: the top tenth, a percent.
    if (!g.mw && /^[%‰成]/.test(ctx.text.slice(m.end, m.end + 1))) return null;
    const rank = (start: number, end: number, value: Exact, valueMax: Exact | null = null, unit = g.mw ?? ''): Candidate => ({
      start, end, kind: 'ordinal', value, valueMax, unit, unitText: unit, number: value, multiplier: int(1), approx: '', change: '',
    });
    // Where the first rank's numeral ends: 第七 of 第七、八届, 第一 of 第一名至第三名.
    const firstEnd = m.start + g.head!.length + (g.blank?.length ?? 0) + g.n!.length;
    let valueMax = null;
    if (g.high !== undefined) {
      // 第3至5名: a range of ranks, the measure word written once (never 前3至5).
      const high = parseNumeral(g.high);
      if (g.head !== '第' || !high || high.approx || high.decimal || compare(n.value, high.value) >= 0) return null;
      // 第一名至第三名: a measure word written at both ends must be the same; else the first is a rank alone (第一名至第三届).
      if (g.lowMw !== undefined && g.lowMw !== g.mw) return rank(m.start, firstEnd + g.lowMw.length, n.value, null, g.lowMw);
      valueMax = high.value;
    }
    if (g.list === undefined) return rank(m.start, m.end, n.value, valueMax);
    if (g.head !== '第') return null;
    // 第七、八届 · 第1、2、3名 · 第一、第二名: a list of ranks sharing the measure word, one each (the last has it).
    const out = [rank(m.start, firstEnd, n.value)];
    let q = out[0]!.end;
    for (const item of g.list.match(LIST_ITEM)!) {
      const numeralText = item.replace(/^[、和及]第?/, '');
      const v = parseNumeral(numeralText);
      if (!v || v.approx || v.decimal || compare(out[out.length - 1]!.value as Exact, v.value) >= 0) return null;
      const start = q + 1;
      q += item.length;
      out.push(rank(start, q, v.value));
    }
    out[out.length - 1]!.end = m.end;
    return out;
  },
};
