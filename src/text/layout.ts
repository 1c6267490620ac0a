/**
 * Which line breaks are the layout's and which are the author's. Newspaper
 * pages break lines in mid-sentence and even mid-number (`2万亿` / blank line
 * / `元大关`); a headline, though, stands alone. A break is joined when the
 * line before it cannot end there; otherwise it ends a sentence.
 */

import { charTest, isSemicolon } from './charClass.js';
import { CURRENCIES } from '../lexicon/currencies.js';
import { DURATION_UNITS } from '../lexicon/durations.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { foldText } from '../lexicon/script.js';
import { UNITS } from '../lexicon/units.js';

/** A line that ends with one of these (and closing quotes or brackets after it) is complete (not ； or ：: see joinsAcross). */
const TERMINATOR = /[。！？!?…]/;
const CLOSER = /["”’」』）)\]】》]/;

/** Characters no sentence starts with: the rest of a broken line (左右 too: 5000万元 / 左右). */
const CONTINUATION_START = /^(?:[，、。；：！？）)\]】》」』”’%％‰·…]|左右)/;

/** Characters that cannot end a phrase: the line was cut after them. */
const DANGLING = /[的等和与及或在对向从为把被将以于并而且之其所各每该约近超达较比由自至到及第、，,（(“《「『【—－-]/;

/** A numeral at the end of a line, and a unit or magnitude at the start of the next. */
const NUMERAL_LAST = /[0-9０-９.．,，〇零一二两三四五六七八九十百千万亿萬億]/;
/** The words a numeral may be followed by: units, measure words, lengths of time, currencies (folded to Simplified). */
const UNIT_WORDS: readonly string[] = [
  ...Object.keys(UNITS), ...MEASURE_WORDS, ...Object.keys(DURATION_UNITS), ...Object.keys(CURRENCIES), '百分点', '个百分点', '倍', '成', '折', '余', '多',
];
/** First characters of those, and of magnitudes and the rest of a number (digits, a decimal point, a thousands comma). */
const UNIT_FIRST = new Set<string>([
  ...UNIT_WORDS.map((w) => w[0]!),
  // dates (6 / 月末), and the characters this list was written with before it was read from the lexicon
  ...'0123456789０１２３４５６７８９十百千万亿萬億.．,%％‰年月日号季世元美欧日英港吨亩个户家名人项余多倍载周岁公平立千瓦伏米克升度次件辆台座所例批款种份位只头峰株棵架艘套条篇部场张',
]);
const unitStarts = (b: string): boolean => UNIT_FIRST.has(foldText(b.slice(0, 1)));
/** Words of two characters or more, by their first parts: `亿人` / `次` is 人次 cut by the layout. */
const WORD_HEADS = new Map<string, string[]>();
for (const w of new Set(UNIT_WORDS)) {
  for (let k = 1; k < w.length; k++) {
    const head = w.slice(0, k);
    const rests = WORD_HEADS.get(head) ?? [];
    rests.push(w.slice(k));
    WORD_HEADS.set(head, rests);
  }
}
/** Does a unit word start at the end of `a` (after a numeral) and go on at the start of `b`? */
function unitCut(a: string, b: string): boolean {
  for (let k = 1; k <= 3 && k < a.length; k++) {
    const rests = WORD_HEADS.get(foldText(a.slice(-k)));
    if (!rests || !isNumeralEnd(a.charCodeAt(a.length - k - 1))) continue;
    const next = foldText(b.slice(0, 4));
    if (rests.some((r) => next.startsWith(r))) return true;
  }
  return false;
}
/** The second end of a range after a numeral: 3 / 至5亿元. */
const RANGE_REST = /^[至到~～〜－—–-]\s*[0-9０-９〇零一二两三四五六七八九十]/;

/** The first words of a news lead: the line before it was a headline. */
// (The layout reads the text as written: Traditional forms too — 本報記者, 新華社.)
const LEAD_START = /^(?:[（(【\[]?(?:本[报報]|[记記]者|新[华華]社|中新社|据|據|通[讯訊][员員]|本刊|央[视視][网網]|人民[网網]|新[华華][网網]|中央社))/;

/** The leads of a story that no line cut by the layout goes on into (not 据, which may end a word: 数 / 据). */
const STRONG_LEAD_START = /^(?:[（(【\[]?(?:本[报報][讯訊]|本[报報][记記]者|本[报報]通[讯訊][员員]|新[华華]社|中新社|中央社|[记記]者|通[讯訊][员員]|本刊[讯訊]|央[视視][网網]消息|人民[网網]))/;

/** A Markdown heading (`# 观影人次超6500万`): one line, whatever it ends with. */
const MARKDOWN_HEADING = /^#{1,6}[ \t\u3000]/;

/** A headline with a subtitle: two runs of Han characters parted by a space, and no clause punctuation. */
const SPACED_HEADLINE = /^[^，。；：,;:]*[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff][^，。；：,;:]*$/;

/** A numbered section heading: 一、 · （一） · 1. · 第三章. */
// (And （3）, (3), 3）, ①: the numbers of items.)
const SECTION_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\d{1,2}[）)]|\d{1,2}[）)]|[①-⑳]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]{1,4}[章节篇部])/;

/** Verbs that take an amount as their object, at the end of a line. */
const VERB_BEFORE_AMOUNT = /(?:投资|投入|计划|预计|累计|共计|合计|总计|新增|实现|完成|达到|突破|超过|共有|拥有|增长|增加|下降|减少|提高|降低|发放|筹集|募集|收入|支出|花费|耗资|总投资)$/;
/** A line that starts with a numeral and its magnitude or unit (not a date: 5月…). */
const AMOUNT_START = /^(?:约|近|超过|超|逾)?[0-9０-９〇零一二两三四五六七八九十百千][0-9０-９.．,，〇零一二两三四五六七八九十百千万亿萬億]*(?:多|余)?(?![年月日号时点])[^\s，。；]/;

/**
 * Cells parted by a tab or by two blanks or more, or a number after one wide blank at the end: a row of a table
 * (not the one wide blank of a dateline: 新华社北京10月20日电　记者…).
 */
const TABLE_ROW = /\t|\S(?:\x20{2,}|\u3000{2,})\S|\S\u3000[\d０-９.．,，%％]+$/;
/** Words of two characters a line may be cut inside: the change words of statistical prose. */
const WORD_CUT: ReadonlySet<string> = new Set(['增长', '增加', '下降', '减少', '上升', '上涨', '下跌', '提高', '降低', '回落', '扩大', '缩小', '同比', '环比', '比重', '占比']);

/** Lines at least this long are prose, not headlines. */
const PROSE_LENGTH = 26;

// Tests on the last and first characters (these run on every line of the input).
const isTerminator = charTest(TERMINATOR);
const isCloser = charTest(CLOSER);
const isDangling = charTest(DANGLING);
const isNumeralEnd = charTest(NUMERAL_LAST);
const isInnerApprox = charTest(/[多余几来]/);

/** Does the line end complete: a terminator, then only closing marks? Read back from the end. */
export function endsComplete(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && isCloser(line.charCodeAt(i))) i--;
  return i >= 0 && isTerminator(line.charCodeAt(i));
}

/** The last character of the line before any closing marks (NaN for none). */
function lastMark(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && isCloser(line.charCodeAt(i))) i--;
  return line.charCodeAt(i);
}
const endsWithSemicolon = (line: string): boolean => isSemicolon(lastMark(line));
const endsWithColon = (line: string): boolean => {
  const c = lastMark(line);
  return c === 0xff1a || c === 0x3a;
};

/** Brackets and quotes that open and close a pair (a line left with one open was cut by the layout). */
const isOpener = charTest(/[（(“《「『【[]/);
const isCloserOfPair = charTest(/[）)”》」』】\]]/);

function unbalanced(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isOpener(c)) depth++;
    else if (depth > 0 && isCloserOfPair(c)) depth--;
  }
  return depth > 0;
}

/** Has `s` at least `n` code points? Counted without making an array of them (this runs on every line). */
function codePointsAtLeast(s: string, n: number): boolean {
  if (s.length < n) return false;
  let count = 0;
  for (let i = 0; i < s.length && count < n; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate and its low surrogate are one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count >= n;
}

/** A table's or figure's caption number alone on its line: 表3, 图 2, 附件1, 附表2-1. */
const CAPTION = /^(?:表|图|附表|附图|附件|图表)\s*[0-9０-９]+(?:[-.．][0-9０-９]+)?$/;

/**
 * Should the break between line `a` and the next non-blank line `b` be
 * joined? Both are trimmed. `aIsLonger`: `a` is the end of a longer line
 * (input read in pieces), so it counts as prose.
 */
export function joinsAcross(a: string, b: string, aIsLonger = false): boolean {
  if (!a || !b) return false;
  if (MARKDOWN_HEADING.test(a)) return false;
  // A line that ends in ； goes on in the next, as ； inside a line does: the sentence splitter ends it there only after a long clause.
  if (endsWithSemicolon(a)) return !SECTION_HEADING.test(b);
  // 县统计局数据显示： / 全县实现…。: what a colon announces follows on the next line — when that line is prose
  // (a full stop at its end, or long), not a headline's subtitle, a numbered item or a table.
  if (endsWithColon(a)) return !SECTION_HEADING.test(b) && !TABLE_ROW.test(b) && (endsComplete(b) || codePointsAtLeast(b, PROSE_LENGTH));
  if (endsComplete(a)) return false;
  if (CONTINUATION_START.test(b)) return true;
  // 表3 · 图2 · 附件1: a caption that ends in its number stands alone (the next line is no rest of a numeral).
  if (!aIsLonger && CAPTION.test(a)) return false;
  // 缅甸强震已致约190万人流离失所 / 本报讯…: a news lead starts a story, whatever a headline before ends with (所 of 流离失所 is no
  // dangling 所). Not 据, which may be the rest of a word (一组组数 / 据勾勒出…), nor after a line with a full stop inside.
  if (!aIsLonger && STRONG_LEAD_START.test(b) && !/[。！？]/.test(a)) return false;
  const last = a.charCodeAt(a.length - 1);
  // 指标⇥2023⇥2024 / 年末常住人口⇥523.6: a row of a table ends with its line, whatever starts the next.
  if (TABLE_ROW.test(a)) return false;
  if (isNumeralEnd(last) && (unitStarts(b) || RANGE_REST.test(b))) return true;
  // 1200多 / 亩: 多, 余, 几 inside a figure cut from its unit.
  if (isInnerApprox(last) && a.length > 1 && isNumeralEnd(a.charCodeAt(a.length - 2)) && unitStarts(b)) return true;
  // 3.7亿人 / 次, 0.3个 / 百分点: a unit cut in two.
  if (unitCut(a, b)) return true;
  if (isDangling(last)) return true;
  // 比上年同期增 / 长12.5%: a word of change cut in two.
  if (WORD_CUT.has(a.slice(-1) + b.slice(0, 1))) return true;
  // 一、综合 · （3）建设冷库: a numbered heading starts a line of its own, after any line not cut mid-phrase.
  if (SECTION_HEADING.test(b)) return false;
  // 该市今年计划投资 / 45亿元用于…: a verb that takes an amount, then the amount — no headline ends so.
  if (VERB_BEFORE_AMOUNT.test(a) && AMOUNT_START.test(b)) return true;
  if (unbalanced(a)) return true;
  // A line with a full stop inside is body text cut by the layout, not a headline.
  if (/[。！？]/.test(a)) return true;
  if (!aIsLonger && (LEAD_START.test(b) || ((a.includes(' ') || a.includes('\u3000')) && SPACED_HEADLINE.test(a)))) return false;
  // A long line without a full stop was cut by the layout; a short one with a
  // clause comma inside was too. A short line without either is a headline.
  if (aIsLonger || codePointsAtLeast(a, PROSE_LENGTH)) return true;
  // 一、执行情况 · （二）预算草案 · 第三章 总则: a short numbered heading stands alone (its 、 is no clause comma).
  if (SECTION_HEADING.test(a)) return false;
  // (人次；完成货物发送量 / 26.5亿吨: a ； inside is no headline's either.)
  return a.includes('，') || a.includes('、') || a.includes(',') || a.includes('；');
}
