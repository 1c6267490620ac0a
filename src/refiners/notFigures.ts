/**
 * Drops what looks like a figure but is a name or a set phrase: numerals
 * inside idioms (千方百计, 一年一度) and short quoted names (“新三样”).
 */
import { words } from '../grammar/compose.js';
import { COMMON_PLACE_NOUNS, IDIOMS, MEASURE_WORDS_OF_NO_PLACE_NAME, QUOTED_NAME_MAX, QUOTE_PAIRS, TITLE_MAX } from '../lexicon/notFigures.js';
import type { Candidate } from '../recognizers/types.js';

const IDIOM = new RegExp(words(IDIOMS).source, 'g');
const LONGEST_IDIOM = Math.max(...IDIOMS.map((w) => w.length));

function insideIdiom(text: string, c: Candidate): boolean {
  const from = Math.max(0, c.start - LONGEST_IDIOM);
  const window = text.slice(from, c.end + LONGEST_IDIOM);
  IDIOM.lastIndex = 0;
  for (let m = IDIOM.exec(window); m; m = IDIOM.exec(window)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (s < c.end && e > c.start) return true;
  }
  return false;
}

/**
 * Inside a pair of marks no further apart than `max`, with nothing but the
 * name between them. The search looks only that far, so it costs the same
 * whatever the length of the text.
 */
function insideMarks(text: string, c: Candidate, open: string, close: string, max: number): boolean {
  const from = Math.max(0, c.start - max);
  const at = text.slice(from, c.start).lastIndexOf(open);
  if (at < 0) return false;
  const o = from + at;
  if (text.slice(o + 1, c.start).includes(close)) return false; // that pair closed before the figure
  const e = text.slice(c.end, o + max + 2).indexOf(close);
  if (e < 0) return false;
  return !/[，。；\n]/.test(text.slice(o + 1, c.end + e));
}

const insideQuotedName = (text: string, c: Candidate) =>
  QUOTE_PAIRS.some(([open, close]) => insideMarks(text, c, open, close, QUOTED_NAME_MAX));

/** Titles of works: 《100%中国制造》. */
const insideTitle = (text: string, c: Candidate) => insideMarks(text, c, '《', '》', TITLE_MAX);

/**
 * A month or a day with no year inside a title names the work (`《九月的第七天》`, `《八月桂花香》`); a year
 * there is a real time (`《…行动计划（2023—2025年）》`) and stays a date.
 */
const namedDay = (text: string, c: Candidate) => !/年|\d{4}/.test(text.slice(c.start, c.end)) && insideTitle(text, c);

/** 五棵树村, 三道河乡: a Chinese count, one more character, and a place word make a place name (lexicon/notFigures.ts says when not). */
const PLACE_AFTER = /^[\u4e00-\u9fff](?:村|镇|乡|屯|庄|街道|路|街|巷|沟|桥|湾|岭|坡|寨|堡)/;
const insidePlaceName = (text: string, c: Candidate) =>
  c.kind === 'count' &&
  /^[一二两三四五六七八九十]/.test(text.slice(c.start, c.start + 1)) &&
  !MEASURE_WORDS_OF_NO_PLACE_NAME.has(c.unitText) &&
  PLACE_AFTER.test(text.slice(c.end, c.end + 3)) &&
  !COMMON_PLACE_NOUNS.has(text.slice(c.end, c.end + 2));

/**
 * What a price or a rate is quoted per is no figure of its own, as after 每:
 * one of a unit right before the price, or with a short noun between (猪肉一斤26元, 一度电0.56元, 一公斤卖8块,
 * 一斤猪肉26元), and
 * a hundred kilometres before what is spent or timed over them (百公里油耗6.8升, 百公里加速3.9秒).
 */
const BETWEEN_UNIT_AND_PRICE = /^[\u4e00-\u9fff]{0,3}?(?:是|要|卖|才|只要|只需|售价|价格|价钱|就)?$/;
const OVER_DISTANCE = /^(?:综合)?(?:油耗|耗油|耗电|电耗|能耗|加速|制动)/;
// (Or a yield in another unit after it: 一亩收了八千多斤, 一亩地产1200斤.)
const YIELD_BETWEEN = /^[\u4e00-\u9fff]?[能可]?多?(?:收|产|打|出)了?$/;
// 百公里能源成本约42元, 百公里平均能耗为25升: a bare hundred kilometres, then what is spent over them, in its clause.
const PER_DISTANCE = /^[百千](?:公里|千米)$/;
const BETWEEN_DISTANCE_AND_AMOUNT = /^[^，。；：！？、\n\d]{1,10}$/;
const PER_DISTANCE_KINDS = new Set(['money', 'quantity', 'duration']);
function quotedPer(text: string, c: Candidate, next: Candidate | undefined): boolean {
  if (c.kind !== 'quantity') return false;
  const first = text[c.start];
  if (first === '一' && next && next.kind === 'money' && next.start - c.end <= 6 && BETWEEN_UNIT_AND_PRICE.test(text.slice(c.end, next.start))) return true;
  // (A yield per unit needs a verb of yield between: 一斤半切成3厘米见方 is half a kilo and a size.)
  if (first === '一' && next && next.kind === 'quantity' && next.unitText !== c.unitText && YIELD_BETWEEN.test(text.slice(c.end, next.start))) return true;
  if (PER_DISTANCE.test(text.slice(c.start, c.end)) && next && PER_DISTANCE_KINDS.has(next.kind) && BETWEEN_DISTANCE_AND_AMOUNT.test(text.slice(c.end, next.start))) return true;
  return (first === '百' || first === '千') && OVER_DISTANCE.test(text.slice(c.end, c.end + 4));
}

export function dropNotFigures(text: string, found: Candidate[]): Candidate[] {
  // An explicit ordinal (第四张) inside quotes is still a rank: “第四张报表”.
  const named = (c: Candidate) =>
    insideTitle(text, c) || (!(c.kind === 'ordinal' && text[c.start] === '第') && insideQuotedName(text, c));
  return found.filter((c, k) =>
    c.kind === 'date'
      ? !namedDay(text, c)
      : !(insideIdiom(text, c) || named(c) || insidePlaceName(text, c) || quotedPer(text, c, found[k + 1])),
  );
}
